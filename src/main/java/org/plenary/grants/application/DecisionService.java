package org.plenary.grants.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.task.api.Task;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.ApplicationStatus;
import org.plenary.grants.DecisionOutcome;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantCall;
import org.plenary.identity.Caller;
import org.plenary.notifications.application.Notifications;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;
import org.plenary.platform.config.PlenarySettings;

/**
 * The secretariat's decision on reviewed applications, with the call's ranking beside it: approve
 * (possibly a lower amount), reject with a reason, or waitlist. Above the four-eyes threshold an
 * approval waits for a second, different approver. Approvals take from the call's envelope and
 * can never take more than it holds.
 */
@ApplicationScoped
public class DecisionService {

    public static final String THRESHOLD_SETTING = "plenary.grants.second-approval-above";
    static final String DECISION_TASK = "decide";
    static final String CONFIRM_TASK = "confirmApproval";

    /** One application in the call's ranking: the average of its reviewers' weighted scores. */
    public record Ranked(int rank, GrantApplication application, BigDecimal score, long reviews) {
    }

    /** The envelope of a call: total, taken by approvals, left. */
    public record Envelope(BigDecimal total, BigDecimal committed, BigDecimal left, String currency) {
    }

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

    public static BigDecimal secondApprovalThreshold() {
        return new BigDecimal(PlenarySettings.get(THRESHOLD_SETTING, "2500"));
    }

    /** The call's reviewed applications, best weighted score first (staff). */
    @Transactional
    public List<Ranked> ranking(long callId) {
        access.staff();
        List<GrantApplication> applications = em.createQuery("select a from GrantApplication a where a.call.id = :c "
                + "and a.status in :reviewed", GrantApplication.class).setParameter("c", callId)
                .setParameter("reviewed", List.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.AWAITING_DECISION,
                        ApplicationStatus.WAITLISTED, ApplicationStatus.APPROVAL_PENDING, ApplicationStatus.APPROVED,
                        ApplicationStatus.REJECTED, ApplicationStatus.AGREEMENT_ACCEPTED, ApplicationStatus.ACTIVE,
                        ApplicationStatus.CLOSED, ApplicationStatus.TERMINATED))
                .getResultList();
        Map<Long, Object[]> scores = new HashMap<>();
        for (Object[] row : em.createQuery("select r.application.id, avg(r.weightedScore), count(r) from GrantReview r "
                + "where r.application.call.id = :c and r.submittedAt is not null group by r.application.id",
                Object[].class).setParameter("c", callId).getResultList()) {
            scores.put((Long) row[0], row);
        }
        List<GrantApplication> sorted = new ArrayList<>(applications);
        sorted.sort(Comparator.comparing((GrantApplication a) -> score(scores, a), Comparator.reverseOrder())
                .thenComparing(GrantApplication::getSubmittedAt));
        List<Ranked> ranking = new ArrayList<>();
        for (GrantApplication a : sorted) {
            Object[] row = scores.get(a.getId());
            ranking.add(new Ranked(ranking.size() + 1, a, row == null ? null : score(scores, a),
                    row == null ? 0 : ((Number) row[2]).longValue()));
        }
        return ranking;
    }

    private static BigDecimal score(Map<Long, Object[]> scores, GrantApplication a) {
        Object[] row = scores.get(a.getId());
        if (row == null || row[1] == null) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(row[1].toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Transactional
    public Envelope envelope(long callId) {
        access.staff();
        GrantCall call = em.find(GrantCall.class, callId);
        if (call == null) {
            throw new NotFoundException();
        }
        BigDecimal committed = envelope.committed(callId);
        return new Envelope(call.getBudgetEnvelope(), committed, call.getBudgetEnvelope().subtract(committed),
                call.getCurrency());
    }

    /** Approve (amount up to the requested one), reject (with a reason) or waitlist. */
    @Transactional
    public GrantApplication decide(long applicationId, DecisionOutcome outcome, BigDecimal amount, String reason) {
        Caller caller = access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        if (outcome == null) {
            throw new InvalidInputException("decision.outcomeRequired");
        }
        if (reason != null && reason.length() > 4000) {
            throw new InvalidInputException("decision.reasonTooLong", 4000);
        }
        Task task = tasks.require(application, DECISION_TASK, "decision.notAwaitingDecision");
        if (outcome == DecisionOutcome.APPROVE) {
            envelope.lock(application.getCall().getId());
        }
        String before = ApplicationService.snapshot(application);
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", outcome.processValue());
        String title = application.getProjectTitle();
        String group = "org-" + application.getOrganisation().getId();
        switch (outcome) {
            case APPROVE -> {
                if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
                    throw new InvalidInputException("decision.amountRequired");
                }
                if (amount.compareTo(application.getRequestedAmount()) > 0) {
                    throw new InvalidInputException("decision.amountAboveRequest", application.getRequestedAmount());
                }
                boolean fourEyes = amount.compareTo(secondApprovalThreshold()) > 0;
                application.approve(amount, reason, caller.email(), time.now(), fourEyes);
                variables.put("secondApprovalNeeded", fourEyes);
                if (!fourEyes) {
                    notifications.toGroup(group, "grants.decision.approved", title,
                            amount.toPlainString() + " " + application.getCall().getCurrency());
                }
            }
            case REJECT -> {
                if (reason == null || reason.isBlank()) {
                    throw new InvalidInputException("decision.reasonRequired");
                }
                application.reject(reason, caller.email(), time.now());
                notifications.toGroup(group, "grants.decision.rejected", title, reason);
            }
            case WAITLIST -> {
                application.waitlist(reason, caller.email(), time.now());
                notifications.toGroup(group, "grants.decision.waitlisted", title);
            }
            default -> throw new IllegalStateException();
        }
        tasks.complete(task, variables);
        em.flush();
        if (outcome == DecisionOutcome.APPROVE) {
            takeFromEnvelope(application, amount);
        }
        audit.record(caller, new AuditEntry("grants.decision." + outcome.processValue(), "GrantApplication",
                application.getId().toString(), application.getOrganisation().getId(), before,
                ApplicationService.snapshot(application)));
        return application;
    }

    /**
     * The call's row is locked from the start of an approval (see CallEnvelope.lock), so approvals
     * of one call queue; if the amount does not fit, everything this request did is rolled back.
     */
    private void takeFromEnvelope(GrantApplication application, BigDecimal amount) {
        long callId = application.getCall().getId();
        if (!envelope.take(callId, amount)) {
            BigDecimal left = application.getCall().getBudgetEnvelope().subtract(envelope.committed(callId));
            throw new InvalidInputException("decision.envelopeExceeded", left.toPlainString(),
                    application.getCall().getCurrency());
        }
    }

    /** The second approver's answer; never the person who approved first. */
    @Transactional
    public GrantApplication confirm(long applicationId, boolean confirmed, String note) {
        Caller caller = access.secretariat();
        GrantApplication application = access.submitted(applicationId);
        Task task = tasks.require(application, CONFIRM_TASK, "decision.noApprovalPending");
        if (caller.email().equals(application.getDecidedBy())) {
            throw new InvalidInputException("decision.secondApproverMustDiffer");
        }
        if (!confirmed && (note == null || note.isBlank())) {
            throw new InvalidInputException("decision.reasonRequired");
        }
        if (!confirmed) {
            envelope.lock(application.getCall().getId());
        }
        String before = ApplicationService.snapshot(application);
        if (confirmed) {
            application.confirmApproval(caller.email());
            notifications.toGroup("org-" + application.getOrganisation().getId(), "grants.decision.approved",
                    application.getProjectTitle(),
                    application.getApprovedAmount().toPlainString() + " " + application.getCall().getCurrency());
        } else {
            envelope.giveBack(application.getCall().getId(), application.getApprovedAmount());
            application.refuseApproval(caller.email(), note);
        }
        tasks.complete(task, Map.of("approvalConfirmed", confirmed));
        em.flush();
        audit.record(caller, new AuditEntry(confirmed ? "grants.decision.confirmed" : "grants.decision.not-confirmed",
                "GrantApplication", application.getId().toString(), application.getOrganisation().getId(), before,
                ApplicationService.snapshot(application)));
        return application;
    }
}
