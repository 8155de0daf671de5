package org.plenary.grants.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.plenary.grants.application.GrantSteps;

/** The "Find replacement reviewer" step of workflows/grants/small-grant.bpmn20.xml. */
@Named("findReplacementReviewer")
@ApplicationScoped
public class FindReplacementReviewer implements JavaDelegate {

    @Inject
    GrantSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        java.util.Optional<Long> next = steps.replaceReviewer(id(execution, "applicationId"));
        execution.setVariable("replacementFound", next.isPresent());
        next.ifPresent(reviewer -> execution.setVariable("reviewer", reviewer));
    }

    private static long id(DelegateExecution execution, String variable) {
        return ((Number) execution.getVariable(variable)).longValue();
    }
}
