package org.plenary.grants.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.plenary.grants.application.CallService;

/** The "Close call" step of workflows/grants/grant-call.bpmn20.xml, at the call's deadline. */
@Named("closeCall")
@ApplicationScoped
public class CloseCall implements JavaDelegate {

    @Inject
    CallService calls;

    @Override
    public void execute(DelegateExecution execution) {
        calls.closeAtDeadline(((Number) execution.getVariable("callId")).longValue());
    }
}
