package org.plenary.platform.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.plenary.grants.DecisionOutcome;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantPayment;
import org.plenary.grants.GrantReport;
import org.plenary.grants.PaymentDetails;
import org.plenary.grants.ScreeningDecision;
import org.plenary.grants.application.AgreementService;
import org.plenary.grants.application.ApplicationService;
import org.plenary.grants.application.DecisionService;
import org.plenary.grants.application.PaymentService;
import org.plenary.grants.application.ReportService;
import org.plenary.grants.application.ReviewService;
import org.plenary.grants.application.ReviewService.ScoreInput;
import org.plenary.grants.application.TerminationService;
import org.plenary.identity.User;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.TimeSource;
import org.plenary.platform.demo.DemoProposals.Proposal;

/**
 * One step of a grant as one demo user takes it: each calls one grant service as that user (with
 * all of that user's permission checks) in a transaction of its own, as a request would.
 */
@ApplicationScoped
public class DemoGrantSteps {

    static final String SECRETARIAT = "secretariat@demo.plenary";
    static final String FINANCE = "finance@demo.plenary";
    static final int REVIEW_DAYS = 14;

    @Inject
    CallerProvider callers;

    @Inject
    ApplicationService applications;

    @Inject
    ReviewService reviews;

    @Inject
    DecisionService decisions;

    @Inject
    AgreementService agreements;

    @Inject
    PaymentService payments;

    @Inject
    ReportService reports;

    @Inject
    TerminationService terminations;

    @Inject
    DemoGrantSupport support;

    @Inject
    TimeSource time;

    private Map<String, Long> reviewerIds;

    <T> T as(String email, Supplier<T> work) {
        return callers.actingAs(email, work);
    }

    long draft(String applicant, long callId, org.plenary.grants.ApplicationForm form) {
        GrantApplication started = as(applicant, () -> applications.startOrResume(callId));
        as(applicant, () -> applications.saveDraft(started.getId(), started.getVersion(), form));
        return started.getId();
    }

    long submit(long callId, Proposal proposal) {
        GrantApplication started = as(proposal.applicant(), () -> applications.startOrResume(callId));
        as(proposal.applicant(), () -> applications.submit(started.getId(), started.getVersion(), proposal.form()));
        return started.getId();
    }

    void screen(long id, ScreeningDecision decision, String note) {
        Integer answerWithinDays = decision == ScreeningDecision.CLARIFY ? 10 : null;
        as(SECRETARIAT, () -> applications.screen(id, decision, note, answerWithinDays));
    }

    void answer(String applicant, long id, String answer) {
        as(applicant, () -> applications.answerClarification(id, answer));
    }

    void assign(long id, String... reviewers) {
        List<Long> ids = Arrays.stream(reviewers).map(this::reviewerId).toList();
        as(SECRETARIAT, () -> reviews.assign(id, ids, REVIEW_DAYS));
    }

    void declareNoConflict(long id, String reviewer) {
        as(reviewer, () -> reviews.declare(id, false, null));
    }

    /** Declares no conflict, then scores each criterion (1-5) with the rubric's comment for that score. */
    void review(long id, String reviewer, String[][] rubricComments, String comment, int... scores) {
        declareNoConflict(id, reviewer);
        List<ScoreInput> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            inputs.add(new ScoreInput(scores[i], rubricComments[i][scores[i] - 1]));
        }
        as(reviewer, () -> reviews.submit(id, inputs, comment));
    }

    void decide(long id, DecisionOutcome outcome, String amount, String reason) {
        as(SECRETARIAT, () -> decisions.decide(id, outcome, amount == null ? null : new BigDecimal(amount), reason));
    }

    /** Approval by the secretariat; above the four-eyes threshold the finance officer confirms. */
    void approve(long id, String amount, String reason) {
        decide(id, DecisionOutcome.APPROVE, amount, reason);
        if (new BigDecimal(amount).compareTo(DecisionService.secondApprovalThreshold()) > 0) {
            as(FINANCE, () -> decisions.confirm(id, true, null));
        }
    }

    void acceptAgreement(String applicant, long id, PaymentDetails details) {
        as(applicant, () -> agreements.accept(id, true, details));
    }

    void countersign(long id) {
        as(SECRETARIAT, () -> agreements.countersign(id));
    }

    /** Records the next released, unpaid tranche as paid in full today. */
    void payNextTranche(long id) {
        GrantPayment next = as(SECRETARIAT, () -> payments.payments(id)).stream()
                .filter(p -> p.getReleasedAt() != null && p.getPaidOn() == null)
                .min(Comparator.comparingInt(GrantPayment::getTrancheNo)).orElseThrow();
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        as(SECRETARIAT, () -> payments.record(id, next.getId(), today, next.getAmountDue(),
                "GDPN-" + id + "-T" + next.getTrancheNo()));
    }

    /** Opens the report whose window has come (its timer is due), and submits it as the grantee. */
    void submitReport(String applicant, long id, int reportNo, String narrative, String... spending) {
        openDueReports(id);
        GrantReport report = report(id, reportNo);
        List<BigDecimal> spent = Arrays.stream(spending).map(BigDecimal::new).toList();
        as(applicant, () -> reports.submit(id, report.getId(), narrative, spent));
    }

    void acceptReport(long id, int reportNo, String note) {
        GrantReport report = report(id, reportNo);
        as(SECRETARIAT, () -> reports.review(id, report.getId(), true, note));
    }

    /** The reporting timers that are due now fire, as the async executor would a moment after start-up. */
    void openDueReports(long id) {
        support.fireDueTimers(as(SECRETARIAT, () -> applications.get(id)).getProcessInstanceId());
    }

    void terminate(long id, String reason) {
        as(SECRETARIAT, () -> terminations.terminate(id, reason));
    }

    private GrantReport report(long id, int reportNo) {
        return as(SECRETARIAT, () -> reports.reports(id)).stream().filter(r -> r.getReportNo() == reportNo)
                .findFirst().orElseThrow();
    }

    private long reviewerId(String email) {
        if (reviewerIds == null) {
            reviewerIds = as(SECRETARIAT, () -> reviews.reviewers()).stream()
                    .collect(Collectors.toMap(User::getEmail, User::getId));
        }
        return reviewerIds.get(email);
    }
}
