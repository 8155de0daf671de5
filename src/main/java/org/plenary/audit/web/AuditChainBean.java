package org.plenary.audit.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.audit.AuditChainCheck;
import org.plenary.audit.AuditChainReport;
import org.plenary.audit.application.AuditChainService;

/** The auditor's view of the audit chain: the nightly checks, and a check on demand. */
@Named
@ViewScoped
public class AuditChainBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditChainService chain;

    private AuditChainReport report;
    private List<AuditChainCheck> checks;

    public void verifyNow() {
        report = chain.verify();
    }

    public AuditChainReport getReport() {
        return report;
    }

    public List<AuditChainCheck> getChecks() {
        if (checks == null) {
            checks = chain.latestChecks(10);
        }
        return checks;
    }
}
