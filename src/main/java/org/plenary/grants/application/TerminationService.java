package org.plenary.grants.application;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.GrantApplication;
import org.plenary.identity.Caller;
import org.plenary.notifications.application.Notifications;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.TimeSource;

/**
 * Early termination by the secretariat, with a reason, at any point after submission: the process
 * ends, open tasks disappear, and what was approved but not paid goes back to the call's envelope.
 */
@ApplicationScoped
public class TerminationService {

    public static final String TERMINATED = "grantTerminated";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    GrantTasks tasks;

    @Inject
    CallEnvelope envelope;

    @Inject
    Notifications notifications;

    @Transactional
    public GrantApplication terminate(long applicationId, String reason) {
        Caller caller = access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        if (reason == null || reason.isBlank() || reason.length() > 4000) {
            throw new InvalidInputException("grant.terminationReasonRequired", 4000);
        }
        envelope.lock(application.getCall().getId());
        String before = ApplicationService.snapshot(application);
        boolean funded = application.getStatus().isFunded() || application.getStatus()
                == org.plenary.grants.ApplicationStatus.APPROVAL_PENDING;
        application.terminate(reason, time.now());
        if (funded) {
            BigDecimal paid = em.createQuery("select coalesce(sum(p.paidAmount), 0) from GrantPayment p "
                    + "where p.application.id = :a", BigDecimal.class).setParameter("a", applicationId).getSingleResult();
            BigDecimal unpaid = application.getApprovedAmount().subtract(paid);
            if (unpaid.signum() > 0) {
                envelope.giveBack(application.getCall().getId(), unpaid);
            }
        }
        tasks.signal(application, TERMINATED);
        em.flush();
        notifications.toGroup("org-" + application.getOrganisation().getId(), "grants.terminated",
                application.getProjectTitle(), reason);
        audit.record(caller, new AuditEntry("grants.grant.terminated", "GrantApplication",
                application.getId().toString(), application.getOrganisation().getId(), before,
                ApplicationService.snapshot(application)));
        return application;
    }
}
