package org.plenary.grants.application;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.task.api.Task;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.GrantAgreement;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.PaymentDetails;
import org.plenary.identity.Caller;
import org.plenary.identity.application.CallerProvider;
import org.plenary.notifications.application.Notifications;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;
import org.plenary.platform.crypto.SecretBox;

/**
 * The grant agreement: the grantee accepts the terms and gives payment details, which are sealed
 * at rest, shown masked, and revealed only to the secretariat with an audit entry each time; then
 * the secretariat countersigns and the grant starts.
 */
@ApplicationScoped
public class AgreementService {

    static final String ACCEPT_TASK = "acceptAgreement";
    static final String COUNTERSIGN_TASK = "countersignAgreement";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    GrantAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    GrantTasks tasks;

    @Inject
    Notifications notifications;

    /** The agreement of an application, if accepted: the grantee's organisation and network staff. */
    @Transactional
    public GrantAgreement get(long applicationId) {
        access.readable(callers.current(), applicationId);
        return em.find(GrantAgreement.class, applicationId);
    }

    @Transactional
    public GrantAgreement accept(long applicationId, boolean acceptsTerms, PaymentDetails details) {
        GrantApplication application = access.submitted(applicationId);
        Caller caller = access.grantee(application);
        if (!acceptsTerms) {
            throw new InvalidInputException("agreement.acceptTerms");
        }
        if (details == null) {
            throw new InvalidInputException("agreement.paymentDetailsRequired");
        }
        details.check();
        Task task = tasks.require(application, ACCEPT_TASK, "agreement.notOffered");
        String before = ApplicationService.snapshot(application);
        GrantAgreement agreement = new GrantAgreement(applicationId, caller.email(), time.now(),
                SecretBox.fromSettings().seal(details.asText()), details.masked());
        em.persist(agreement);
        application.agreementAccepted();
        tasks.complete(task, Map.of());
        em.flush();
        audit.record(caller, new AuditEntry("grants.agreement.accepted", "GrantApplication",
                application.getId().toString(), application.getOrganisation().getId(), before,
                AuditSnapshot.with("status", application.getStatus()).and("terms", agreement.getTermsVersion()).json()));
        return agreement;
    }

    @Transactional
    public GrantAgreement countersign(long applicationId) {
        Caller caller = access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        GrantAgreement agreement = em.find(GrantAgreement.class, applicationId);
        Task task = tasks.require(application, COUNTERSIGN_TASK, "agreement.notAccepted");
        String before = ApplicationService.snapshot(application);
        agreement.countersign(caller.email(), time.now());
        application.agreementCountersigned();
        tasks.complete(task, Map.of());
        em.flush();
        notifications.toGroup("org-" + application.getOrganisation().getId(), "grants.agreement.countersigned",
                application.getProjectTitle());
        audit.record(caller, new AuditEntry("grants.agreement.countersigned", "GrantApplication",
                application.getId().toString(), application.getOrganisation().getId(), before,
                ApplicationService.snapshot(application)));
        return agreement;
    }

    /** The payment details in clear, for the secretariat making a payment; every reveal is audited. */
    @Transactional
    public String revealPaymentDetails(long applicationId) {
        Caller caller = access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        GrantAgreement agreement = em.find(GrantAgreement.class, applicationId);
        if (agreement == null) {
            throw new NotFoundException();
        }
        audit.record(caller, new AuditEntry("grants.agreement.payment-details-revealed", "GrantApplication",
                application.getId().toString(), application.getOrganisation().getId(), null,
                AuditSnapshot.with("masked", agreement.getMaskedPaymentDetails()).json()));
        return SecretBox.fromSettings().open(agreement.getEncryptedPaymentDetails());
    }
}
