package org.plenary.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.plenary.identity.Organisation;
import org.plenary.platform.InvalidInputException;

/**
 * A member organisation's application to a call: written as a draft (saved at any time, resumed
 * later), submitted once while the call is open, then screened for eligibility by the secretariat.
 */
@Entity
@Table(name = "grant_application")
public class GrantApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id")
    private GrantCall call;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** "callId:organisationId" when the call allows one application per organisation: a unique key. */
    @Column(name = "single_key", length = 64)
    private String singleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ApplicationStatus status;

    @Column(name = "project_title", length = 200)
    private String projectTitle;

    @Column(length = 4000)
    private String summary;

    @Column(length = 4000)
    private String objectives;

    @Column(length = 4000)
    private String activities;

    @Column(length = 400)
    private String countries = "";

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "requested_amount", precision = 15, scale = 2)
    private BigDecimal requestedAmount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_application_budget", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    private List<BudgetLine> budget = new ArrayList<>();

    @Column(name = "declares_accuracy", nullable = false)
    private boolean declaresAccuracy;

    @Column(name = "accepts_data_use", nullable = false)
    private boolean acceptsDataUse;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 254)
    private String submittedBy;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "screening_note", length = 2000)
    private String screeningNote;

    @Column(name = "clarification_answer", length = 4000)
    private String clarificationAnswer;

    @Column(name = "review_due_at")
    private Instant reviewDueAt;

    @Column(name = "approved_amount", precision = 15, scale = 2)
    private BigDecimal approvedAmount;

    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "second_approver", length = 254)
    private String secondApprover;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "termination_reason", length = 4000)
    private String terminationReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Version
    private long version;

    protected GrantApplication() {
    }

    public GrantApplication(GrantCall call, Organisation organisation, Instant createdAt, String createdBy) {
        this.call = call;
        this.organisation = organisation;
        this.singleKey = call.isMultipleApplicationsAllowed() ? null : call.getId() + ":" + organisation.getId();
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Saves what the applicant wrote; only drafts change. */
    public void write(ApplicationForm form) {
        if (status != ApplicationStatus.DRAFT) {
            throw new InvalidInputException("application.alreadySubmitted");
        }
        projectTitle = trim(form.projectTitle());
        summary = form.summary();
        objectives = form.objectives();
        activities = form.activities();
        countries = form.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(","));
        startDate = form.startDate();
        endDate = form.endDate();
        requestedAmount = form.requestedAmount();
        budget = new ArrayList<>(form.budget().stream()
                .map(l -> new BudgetLine(l.category(), l.description(), l.amount())).toList());
        declaresAccuracy = Boolean.TRUE.equals(form.declaresAccuracy());
        acceptsDataUse = Boolean.TRUE.equals(form.acceptsDataUse());
    }

    public void submit(Instant now, String by, String processInstanceId) {
        if (status != ApplicationStatus.DRAFT) {
            throw new InvalidInputException("application.alreadySubmitted");
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        this.processInstanceId = processInstanceId;
    }

    public void requestClarification(String question) {
        requireScreening();
        status = ApplicationStatus.CLARIFICATION_REQUESTED;
        screeningNote = question;
    }

    public void answerClarification(String answer) {
        if (status != ApplicationStatus.CLARIFICATION_REQUESTED) {
            throw new InvalidInputException("application.noQuestionOpen");
        }
        status = ApplicationStatus.SUBMITTED;
        clarificationAnswer = answer;
    }

    public void screen(boolean eligible, String reason) {
        requireScreening();
        status = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
        if (reason != null && !reason.isBlank() || clarificationAnswer == null) {
            screeningNote = reason; // an eligible finding without a note keeps the question that was answered
        }
    }

    public void startReview(Instant dueAt) {
        require(ApplicationStatus.ELIGIBLE, "application.notAwaitingReviewers");
        status = ApplicationStatus.IN_REVIEW;
        reviewDueAt = dueAt;
    }

    public void reviewsComplete() {
        require(ApplicationStatus.IN_REVIEW, "application.notInReview");
        status = ApplicationStatus.AWAITING_DECISION;
    }

    /** First approval: final at once, or pending a second approver above the four-eyes threshold. */
    public void approve(BigDecimal amount, String reason, String by, Instant at, boolean needsSecondApprover) {
        requireDecisionOpen();
        approvedAmount = amount;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
        secondApprover = null;
        status = needsSecondApprover ? ApplicationStatus.APPROVAL_PENDING : ApplicationStatus.APPROVED;
    }

    public void confirmApproval(String by) {
        require(ApplicationStatus.APPROVAL_PENDING, "decision.noApprovalPending");
        secondApprover = by;
        status = ApplicationStatus.APPROVED;
    }

    /** The second approver disagrees: back to an open decision, the amount goes back to the envelope. */
    public void refuseApproval(String by, String reason) {
        require(ApplicationStatus.APPROVAL_PENDING, "decision.noApprovalPending");
        secondApprover = by;
        decisionReason = reason;
        approvedAmount = null;
        status = ApplicationStatus.AWAITING_DECISION;
    }

    public void reject(String reason, String by, Instant at) {
        requireDecisionOpen();
        decide(ApplicationStatus.REJECTED, reason, by, at);
    }

    public void waitlist(String reason, String by, Instant at) {
        requireDecisionOpen();
        decide(ApplicationStatus.WAITLISTED, reason, by, at);
    }

    private void decide(ApplicationStatus outcome, String reason, String by, Instant at) {
        status = outcome;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
        approvedAmount = null;
    }

    public boolean isDecisionOpen() {
        return status == ApplicationStatus.AWAITING_DECISION || status == ApplicationStatus.WAITLISTED;
    }

    private void requireDecisionOpen() {
        if (!isDecisionOpen()) {
            throw new InvalidInputException("decision.notAwaitingDecision");
        }
    }

    public void agreementAccepted() {
        require(ApplicationStatus.APPROVED, "agreement.notOffered");
        status = ApplicationStatus.AGREEMENT_ACCEPTED;
    }

    public void agreementCountersigned() {
        require(ApplicationStatus.AGREEMENT_ACCEPTED, "agreement.notAccepted");
        status = ApplicationStatus.ACTIVE;
    }

    public void close(Instant at) {
        require(ApplicationStatus.ACTIVE, "grant.notActive");
        status = ApplicationStatus.CLOSED;
        closedAt = at;
    }

    public void terminate(String reason, Instant at) {
        if (status == ApplicationStatus.DRAFT || status.isFinal()) {
            throw new InvalidInputException("grant.cannotTerminate");
        }
        status = ApplicationStatus.TERMINATED;
        terminationReason = reason;
        closedAt = at;
    }

    private void require(ApplicationStatus expected, String messageKey) {
        if (status != expected) {
            throw new InvalidInputException(messageKey);
        }
    }

    private void requireScreening() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new InvalidInputException("application.notInScreening");
        }
    }

    /** The form as last saved, to resume a draft. */
    public ApplicationForm asForm() {
        return new ApplicationForm(projectTitle, summary, objectives, activities, getCountries(), startDate, endDate,
                requestedAmount, budget.stream().map(l -> new ApplicationForm.BudgetLineForm(l.getCategory(),
                        l.getDescription(), l.getAmount())).toList(), declaresAccuracy, acceptsDataUse);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public GrantCall getCall() {
        return call;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getSummary() {
        return summary;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getActivities() {
        return activities;
    }

    public Set<String> getCountries() {
        Set<String> result = new TreeSet<>();
        if (countries != null && !countries.isBlank()) {
            result.addAll(List.of(countries.split(",")));
        }
        return result;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public List<BudgetLine> getBudget() {
        return List.copyOf(budget);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getScreeningNote() {
        return screeningNote;
    }

    public String getClarificationAnswer() {
        return clarificationAnswer;
    }

    public Instant getReviewDueAt() {
        return reviewDueAt;
    }

    public BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSecondApprover() {
        return secondApprover;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
