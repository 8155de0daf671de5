package org.plenary.audit.infrastructure;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.plenary.audit.AuditChainCheck;
import org.plenary.audit.application.AuditChainService;

/** The "Verify audit chain" step of workflows/audit/audit-chain-verification.bpmn20.xml. */
@Named("verifyAuditChain")
@ApplicationScoped
public class VerifyAuditChain implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(VerifyAuditChain.class.getName());

    @Inject
    AuditChainService chain;

    @Override
    public void execute(DelegateExecution execution) {
        AuditChainCheck check = chain.recordScheduledCheck(execution.getProcessInstanceId());
        if (!check.isIntact()) {
            LOG.severe(() -> "Audit chain broken at event " + check.getFirstBrokenId()
                    + ": the audit log was changed outside Plenary");
        }
    }
}
