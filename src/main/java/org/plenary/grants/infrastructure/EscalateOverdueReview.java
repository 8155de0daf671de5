package org.plenary.grants.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.plenary.grants.application.GrantSteps;

/** The "Escalate overdue review" step of workflows/grants/small-grant.bpmn20.xml. */
@Named("escalateOverdueReview")
@ApplicationScoped
public class EscalateOverdueReview implements JavaDelegate {

    @Inject
    GrantSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.escalateReview(id(execution, "applicationId"), id(execution, "reviewer"));
    }

    private static long id(DelegateExecution execution, String variable) {
        return ((Number) execution.getVariable(variable)).longValue();
    }
}
