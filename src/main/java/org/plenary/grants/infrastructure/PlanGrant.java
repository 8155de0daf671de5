package org.plenary.grants.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.plenary.grants.application.GrantSteps;

/** The "Plan payments and reports" step of workflows/grants/small-grant.bpmn20.xml. */
@Named("planGrant")
@ApplicationScoped
public class PlanGrant implements JavaDelegate {

    @Inject
    GrantSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        GrantSteps.Plan plan = steps.planGrant(id(execution, "applicationId"));
        execution.setVariable("paymentIds", new java.util.ArrayList<>(plan.paymentIds()));
        execution.setVariable("reportIds", new java.util.ArrayList<>(plan.reportIds()));
    }

    private static long id(DelegateExecution execution, String variable) {
        return ((Number) execution.getVariable(variable)).longValue();
    }
}
