package org.plenary.grants.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantPayment;
import org.plenary.identity.Caller;
import org.plenary.identity.application.CallerProvider;
import org.plenary.notifications.application.Notifications;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/** Tranches of a grant: listed for the grantee and staff; recorded as paid by the secretariat once released. */
@ApplicationScoped
public class PaymentService {

    static final String PAY_TASK = "payTranche";

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

    @Transactional
    public List<GrantPayment> payments(long applicationId) {
        access.readable(callers.current(), applicationId);
        return em.createQuery("select p from GrantPayment p where p.application.id = :a order by p.trancheNo",
                GrantPayment.class).setParameter("a", applicationId).getResultList();
    }

    /** Released and not yet paid, across all grants (secretariat). */
    @Transactional
    public List<GrantPayment> due() {
        access.staff();
        return em.createQuery("select p from GrantPayment p join fetch p.application where p.releasedAt is not null "
                + "and p.paidOn is null order by p.releasedAt", GrantPayment.class).getResultList();
    }

    @Transactional
    public GrantPayment record(long applicationId, long paymentId, LocalDate paidOn, BigDecimal amount,
            String reference) {
        Caller caller = access.secretariat();
        GrantPayment payment = em.find(GrantPayment.class, paymentId);
        if (payment == null || !payment.getApplication().getId().equals(applicationId)) {
            throw new NotFoundException();
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new InvalidInputException("payment.dateInvalid");
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(payment.getAmountDue()) > 0) {
            throw new InvalidInputException("payment.amountInvalid", payment.getAmountDue().toPlainString());
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new InvalidInputException("payment.referenceRequired", 100);
        }
        if (payment.isPaid()) {
            throw new InvalidInputException("payment.alreadyPaid");
        }
        if (!payment.isReleased()) {
            throw new InvalidInputException("payment.notReleased");
        }
        GrantApplication application = payment.getApplication();
        Task task = tasks.requireFor(application, PAY_TASK, "paymentId", paymentId, "payment.notDue");
        payment.recordPaid(paidOn, amount, reference.trim(), caller.email(), time.now());
        tasks.complete(task, Map.of());
        em.flush();
        notifications.toGroup("org-" + application.getOrganisation().getId(), "grants.payment.recorded",
                application.getProjectTitle(), amount.toPlainString() + " " + application.getCall().getCurrency(),
                reference.trim());
        audit.record(caller, new AuditEntry("grants.payment.recorded", "GrantPayment", payment.getId().toString(),
                application.getOrganisation().getId(), null, AuditSnapshot.with("applicationId", applicationId)
                        .and("tranche", payment.getTrancheNo()).and("amount", amount).and("paidOn", paidOn).json()));
        return payment;
    }
}
