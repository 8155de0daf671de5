package org.plenary.grants.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantPayment;
import org.plenary.grants.GrantReport;
import org.plenary.grants.GrantReview;
import org.plenary.grants.ReleaseEvent;
import org.plenary.grants.ReportKind;
import org.plenary.grants.ReportRequirement;
import org.plenary.grants.Tranche;
import org.plenary.identity.User;
import org.plenary.notifications.application.Notifications;
import org.plenary.platform.TimeSource;

/**
 * What the small-grant process does by itself, without a person: replace a conflicted reviewer,
 * remind and escalate, plan a grant's tranches and reports, close it. Each method serves one
 * service task of workflows/grants/small-grant.bpmn20.xml and runs in the engine's transaction.
 */
@ApplicationScoped
public class GrantSteps {

    /** Reports open this long before they are due, so grantees have time to write them. */
    static final Duration REPORT_WINDOW = Duration.ofDays(30);
    static final Duration REPORT_REMINDER = Duration.ofDays(7);
    static final Duration SHORTEST_NOTICE = Duration.ofDays(14);

    /** The tranches and reports planned for a grant, as the process iterates over them. */
    public record Plan(List<Long> paymentIds, List<Long> reportIds) {
    }

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    ReviewService reviews;

    @Inject
    ReportService reports;

    @Inject
    Notifications notifications;

    /** The next suggested reviewer after a declared conflict, now assigned; empty if nobody is left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> replaceReviewer(long applicationId) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        List<User> next = reviews.suggestFor(application, 1);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        User reviewer = next.get(0);
        em.persist(new GrantReview(application, reviewer, time.now(), application.getReviewDueAt()));
        audit.record(new AuditEntry("grants.review.replacement-assigned", "GrantApplication",
                application.getId().toString(), application.getOrganisation().getId(), null,
                AuditSnapshot.with("reviewer", reviewer.getId()).and("by", "suggestion").json()));
        return Optional.of(reviewer.getId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remindReviewer(long applicationId, long reviewerId) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        notifications.toUser(reviewerId, "grants.review.reminder", application.getProjectTitle(),
                application.getReviewDueAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalateReview(long applicationId, long reviewerId) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        User reviewer = em.find(User.class, reviewerId);
        notifications.toGroup("secretariat", "grants.review.overdue", application.getProjectTitle(),
                reviewer.getFullName());
        audit.record(new AuditEntry("grants.review.overdue", "GrantApplication", application.getId().toString(),
                application.getOrganisation().getId(), null, AuditSnapshot.with("reviewer", reviewerId).json()));
    }

    /**
     * Tranches (amounts from the approved amount; the last takes the rounding) and reports (interim
     * due after the project's start, final after its end; never due sooner than two weeks from now).
     * Tranches released by the signed agreement are released at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan planGrant(long applicationId) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        BigDecimal approved = application.getApprovedAmount();
        List<Long> paymentIds = new ArrayList<>();
        List<Tranche> tranches = application.getCall().getTranches();
        BigDecimal allotted = BigDecimal.ZERO;
        for (int i = 0; i < tranches.size(); i++) {
            Tranche tranche = tranches.get(i);
            BigDecimal amount = i == tranches.size() - 1 ? approved.subtract(allotted)
                    : approved.multiply(BigDecimal.valueOf(tranche.getPercent())).divide(BigDecimal.valueOf(100), 2,
                            RoundingMode.DOWN);
            allotted = allotted.add(amount);
            GrantPayment payment = new GrantPayment(application, i + 1, tranche, amount);
            em.persist(payment);
            if (tranche.getReleaseEvent() == ReleaseEvent.AGREEMENT_SIGNED) {
                payment.release(time.now());
            }
            em.flush();
            paymentIds.add(payment.getId());
        }
        List<Long> reportIds = new ArrayList<>();
        List<ReportRequirement> required = new ArrayList<>(application.getCall().getReports());
        required.sort((a, b) -> a.getKind() == b.getKind() ? Integer.compare(a.getDueDays(), b.getDueDays())
                : a.getKind() == ReportKind.INTERIM ? -1 : 1);
        Instant now = time.now();
        for (int i = 0; i < required.size(); i++) {
            ReportRequirement requirement = required.get(i);
            LocalDate from = requirement.getKind() == ReportKind.INTERIM ? application.getStartDate()
                    : application.getEndDate();
            Instant due = from.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(requirement.getDueDays()));
            if (due.isBefore(now.plus(SHORTEST_NOTICE))) {
                due = now.plus(SHORTEST_NOTICE);
            }
            Instant opens = due.minus(REPORT_WINDOW).isBefore(now) ? now : due.minus(REPORT_WINDOW);
            GrantReport report = new GrantReport(application, i + 1, requirement.getKind(), opens, due);
            em.persist(report);
            em.flush();
            reportIds.add(report.getId());
        }
        audit.record(new AuditEntry("grants.grant.planned", "GrantApplication", application.getId().toString(),
                application.getOrganisation().getId(), null, AuditSnapshot.with("tranches", paymentIds.size())
                        .and("reports", reportIds.size()).json()));
        return new Plan(paymentIds, reportIds);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isReleased(long paymentId) {
        return em.find(GrantPayment.class, paymentId).isReleased();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public GrantReport report(long reportId) {
        return em.find(GrantReport.class, reportId);
    }

    public static Instant reminderAt(GrantReport report) {
        Instant reminder = report.getDueAt().minus(REPORT_REMINDER);
        return reminder.isBefore(report.getOpensAt()) ? report.getOpensAt() : reminder;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remindReport(long reportId) {
        GrantReport report = em.find(GrantReport.class, reportId);
        GrantApplication application = report.getApplication();
        notifications.toGroup("org-" + application.getOrganisation().getId(), "grants.report.reminder",
                application.getProjectTitle(), ReportKindText.of(report.getKind()), report.getDueAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalateReport(long reportId) {
        GrantReport report = em.find(GrantReport.class, reportId);
        GrantApplication application = report.getApplication();
        notifications.toGroup("secretariat", "grants.report.overdue", application.getProjectTitle(),
                ReportKindText.of(report.getKind()), application.getOrganisation().getName());
        audit.record(new AuditEntry("grants.report.overdue", "GrantReport", report.getId().toString(),
                application.getOrganisation().getId(), null, AuditSnapshot.with("applicationId", application.getId())
                        .and("kind", report.getKind()).json()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closeGrant(long applicationId) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        String before = ApplicationService.snapshot(application);
        application.close(time.now());
        notifications.toGroup("org-" + application.getOrganisation().getId(), "grants.closed",
                application.getProjectTitle());
        audit.record(new AuditEntry("grants.grant.closed", "GrantApplication", application.getId().toString(),
                application.getOrganisation().getId(), before, ApplicationService.snapshot(application)));
    }
}
