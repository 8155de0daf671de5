package org.plenary.grants.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.plenary.grants.application.GrantSteps;

/** The "Escalate overdue report" step of workflows/grants/small-grant.bpmn20.xml. */
@Named("escalateOverdueReport")
@ApplicationScoped
public class EscalateOverdueReport implements JavaDelegate {

    @Inject
    GrantSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.escalateReport(id(execution, "reportId"));
    }

    private static long id(DelegateExecution execution, String variable) {
        return ((Number) execution.getVariable(variable)).longValue();
    }
}
