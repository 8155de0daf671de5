package org.plenary.grants.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.DecisionOutcome;
import org.plenary.grants.GrantAgreement;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantPayment;
import org.plenary.grants.GrantReport;
import org.plenary.grants.GrantReview;
import org.plenary.grants.ScreeningDecision;
import org.plenary.grants.application.AgreementService;
import org.plenary.grants.application.ApplicationService;
import org.plenary.grants.application.DecisionService;
import org.plenary.grants.application.PaymentService;
import org.plenary.grants.application.ReportService;
import org.plenary.grants.application.ReviewService;
import org.plenary.grants.application.TerminationService;
import org.plenary.identity.User;
import org.plenary.inbox.web.InboxReturn;
import org.plenary.platform.web.Feedback;

/** The secretariat's page of one application or grant: its facts, and the action its current step asks for. */
@Named
@ViewScoped
public class GrantCaseBean implements Serializable {

    private static final long serialVersionUID = 1L;

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
    TerminationService termination;

    private Long id;
    private String from;
    private ScreeningDecision screening;
    private String screeningNote;
    private Integer answerWithinDays = 14;
    private GrantApplication application;
    private List<GrantReview> reviewList;
    private List<User> reviewers;
    private List<Long> chosenReviewers = new ArrayList<>();
    private Long replacementReviewer;
    private Integer dueInDays = 14;
    private DecisionOutcome outcome;
    private BigDecimal amount;
    private String reason;
    private String note;
    private String revealed;
    private Long paymentId;
    private LocalDate paidOn = LocalDate.now();
    private BigDecimal paidAmount;
    private String reference;
    private Long reportId;
    private transient java.util.Optional<DecisionService.Ranked> ranked;
    private transient DecisionService.Envelope envelope;
    private transient java.util.Optional<GrantAgreement> agreement;
    private transient List<GrantPayment> paymentList;
    private transient List<GrantReport> reportList;

    /** viewAction of secretariat/grant.xhtml?id= */
    public void load() {
        application = applications.get(id);
        reviewList = reviews.visibleReviews(id);
        amount = application.getApprovedAmount() == null ? application.getRequestedAmount()
                : application.getApprovedAmount();
        revealed = null;
        ranked = null;
        envelope = null;
        agreement = null;
        paymentList = null;
        reportList = null;
    }

    public String screen() {
        applications.screen(id, screening, screeningNote, answerWithinDays);
        return done("screening.recorded", application.getProjectTitle());
    }

    public ScreeningDecision[] getScreeningDecisions() {
        return ScreeningDecision.values();
    }

    public List<User> getReviewers() {
        if (reviewers == null) {
            reviewers = reviews.reviewers().stream()
                    .filter(u -> !u.getOrganisation().getId().equals(application.getOrganisation().getId())).toList();
        }
        return reviewers;
    }

    public void suggest() {
        chosenReviewers = new ArrayList<>(reviews.suggest(id).stream().map(User::getId).toList());
    }

    public String assignReviewers() {
        reviews.assign(id, chosenReviewers, dueInDays);
        return done("review.assignedMessage");
    }

    public boolean isReplacementNeeded() {
        return application.getStatus() == org.plenary.grants.ApplicationStatus.IN_REVIEW
                && reviews.replacementNeeded(id);
    }

    public String assignReplacement() {
        reviews.assignReplacement(id, replacementReviewer == null ? -1 : replacementReviewer);
        return done("review.assignedMessage");
    }

    public String decide() {
        decisions.decide(id, outcome, amount, reason);
        return done("decision.recorded");
    }

    public String confirm(boolean confirmed) {
        decisions.confirm(id, confirmed, note);
        return done("decision.recorded");
    }

    public String countersign() {
        agreements.countersign(id);
        return done("agreement.countersignedMessage");
    }

    public void reveal() {
        revealed = agreements.revealPaymentDetails(id);
    }

    public void choosePayment(GrantPayment payment) {
        paymentId = payment.getId();
        paidAmount = payment.getAmountDue();
        paidOn = LocalDate.now();
        reference = null;
    }

    public String recordPayment() {
        payments.record(id, paymentId, paidOn, paidAmount, reference);
        return done("payment.recordedMessage");
    }

    public String reviewReport(long report, boolean accepted) {
        reports.review(id, report, accepted, note);
        return done(accepted ? "report.acceptedMessage" : "report.revisionMessage");
    }

    public String terminate() {
        termination.terminate(id, reason);
        return done("grant.terminatedMessage");
    }

    private String done(String messageKey, Object... arguments) {
        Feedback.info(messageKey, arguments);
        return InboxReturn.afterDone(from, "/secretariat/inbox", "/secretariat/grant?faces-redirect=true&id=" + id);
    }

    // read once per view: JSF evaluates a getter several times per render, and every action redirects
    public DecisionService.Ranked getRanked() {
        if (ranked == null) {
            ranked = decisions.ranking(application.getCall().getId()).stream()
                    .filter(r -> r.application().getId().equals(id)).findFirst();
        }
        return ranked.orElse(null);
    }

    public DecisionService.Envelope getEnvelope() {
        if (envelope == null) {
            envelope = decisions.envelope(application.getCall().getId());
        }
        return envelope;
    }

    public GrantAgreement getAgreement() {
        if (agreement == null) {
            agreement = java.util.Optional.ofNullable(agreements.get(id));
        }
        return agreement.orElse(null);
    }

    public List<GrantPayment> getPayments() {
        if (paymentList == null) {
            paymentList = payments.payments(id);
        }
        return paymentList;
    }

    public List<GrantReport> getReports() {
        if (reportList == null) {
            reportList = reports.reports(id);
        }
        return reportList;
    }

    public DecisionOutcome[] getOutcomes() {
        return DecisionOutcome.values();
    }

    public GrantApplication getApplication() {
        return application;
    }

    public List<GrantReview> getReviewList() {
        return reviewList;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public ScreeningDecision getScreening() {
        return screening;
    }

    public void setScreening(ScreeningDecision screening) {
        this.screening = screening;
    }

    public String getScreeningNote() {
        return screeningNote;
    }

    public void setScreeningNote(String screeningNote) {
        this.screeningNote = screeningNote;
    }

    public Integer getAnswerWithinDays() {
        return answerWithinDays;
    }

    public void setAnswerWithinDays(Integer answerWithinDays) {
        this.answerWithinDays = answerWithinDays;
    }

    public List<Long> getChosenReviewers() {
        return chosenReviewers;
    }

    public void setChosenReviewers(List<Long> chosenReviewers) {
        this.chosenReviewers = chosenReviewers;
    }

    public Long getReplacementReviewer() {
        return replacementReviewer;
    }

    public void setReplacementReviewer(Long replacementReviewer) {
        this.replacementReviewer = replacementReviewer;
    }

    public Integer getDueInDays() {
        return dueInDays;
    }

    public void setDueInDays(Integer dueInDays) {
        this.dueInDays = dueInDays;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRevealed() {
        return revealed;
    }

    public Long getPaymentId() {
        return paymentId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(BigDecimal paidAmount) {
        this.paidAmount = paidAmount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }
}
