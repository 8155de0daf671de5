package org.plenary.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.persistence.EnumSetColumn;

/**
 * A call for proposals for small grants, for example for the 26 June Global Day of Action: who
 * may apply, how much money there is (the envelope, in one currency), how applications are
 * scored, which reports grantees owe and how grants are paid. Drafted and opened by the
 * secretariat; closed at its deadline by the grant-call process; archived afterwards.
 */
@Entity
@Table(name = "grant_call")
public class GrantCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(length = 200)
    private String programme;

    @Column(name = "priority_areas", nullable = false, length = 400)
    private String priorityAreas = "";

    @Column(name = "pillars", nullable = false, length = 400)
    private String pillars = "";

    @Column(name = "eligible_regions", nullable = false, length = 400)
    private String eligibleRegions = "";

    @Column(name = "eligible_kinds", nullable = false, length = 400)
    private String eligibleKinds = "";

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "budget_envelope", nullable = false, precision = 15, scale = 2)
    private BigDecimal budgetEnvelope;

    @Column(name = "minimum_grant", nullable = false, precision = 15, scale = 2)
    private BigDecimal minimumGrant;

    @Column(name = "maximum_grant", nullable = false, precision = 15, scale = 2)
    private BigDecimal maximumGrant;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "reviewers_per_application", nullable = false)
    private int reviewersPerApplication;

    @Column(name = "multiple_applications", nullable = false)
    private boolean multipleApplicationsAllowed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "sort_order")
    private List<RubricCriterion> rubric = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_call_report", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "sort_order")
    private List<ReportRequirement> reports = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_call_tranche", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "sort_order")
    private List<Tranche> tranches = new ArrayList<>();

    /** Changed only by CallEnvelope's conditional update, never written from this entity. */
    @Column(name = "committed_amount", insertable = false, updatable = false)
    private BigDecimal committedAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallStatus status;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Version
    private long version;

    protected GrantCall() {
    }

    /** A new draft; the form must have passed {@link CallRules#check}. */
    public GrantCall(CallForm form, Instant createdAt, String createdBy) {
        this.status = CallStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(form);
    }

    /** Drafts may change in everything; a call that is open, closed or archived no longer does. */
    public void revise(CallForm form) {
        if (status != CallStatus.DRAFT) {
            throw new InvalidInputException("call.onlyDraftsChange");
        }
        apply(form);
    }

    public void open(Instant now, String processInstanceId) {
        if (status != CallStatus.DRAFT) {
            throw new InvalidInputException("call.onlyDraftsOpen");
        }
        if (!closesAt.isAfter(now)) {
            throw new InvalidInputException("call.deadlinePassed");
        }
        this.status = CallStatus.OPEN;
        this.processInstanceId = processInstanceId;
    }

    /** Called by the deadline timer; closing twice is harmless (jobs may be retried). */
    public void close() {
        if (status == CallStatus.OPEN) {
            status = CallStatus.CLOSED;
        }
    }

    public void archive() {
        if (status != CallStatus.CLOSED) {
            throw new InvalidInputException("call.onlyClosedArchive");
        }
        status = CallStatus.ARCHIVED;
    }

    /** Open for submissions at this moment: opened by the secretariat and between its dates. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == CallStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    private void apply(CallForm form) {
        this.title = form.title().trim();
        this.description = form.description();
        this.programme = form.programme();
        this.priorityAreas = EnumSetColumn.format(form.priorityAreas());
        this.pillars = EnumSetColumn.format(form.pillars());
        this.eligibleRegions = EnumSetColumn.format(form.eligibleRegions());
        this.eligibleKinds = EnumSetColumn.format(form.eligibleKinds());
        this.currency = form.currency().trim().toUpperCase(Locale.ROOT);
        this.budgetEnvelope = form.budgetEnvelope();
        this.minimumGrant = form.minimumGrant();
        this.maximumGrant = form.maximumGrant();
        this.opensAt = form.opensAt();
        this.closesAt = form.closesAt();
        this.reviewersPerApplication = form.reviewersPerApplication() == null ? 2 : form.reviewersPerApplication();
        this.multipleApplicationsAllowed = Boolean.TRUE.equals(form.multipleApplicationsAllowed());
        this.rubric = new ArrayList<>(form.rubric().stream()
                .map(c -> new RubricCriterion(c.name(), c.weight(), c.scoreDescriptions())).toList());
        this.reports = new ArrayList<>(form.reports().stream()
                .map(r -> new ReportRequirement(r.kind(), r.dueDays())).toList());
        this.tranches = new ArrayList<>(form.tranches().stream()
                .map(t -> new Tranche(t.percent(), t.releaseEvent())).toList());
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getProgramme() {
        return programme;
    }

    public Set<PriorityArea> getPriorityAreas() {
        return EnumSetColumn.parse(priorityAreas, PriorityArea.class);
    }

    public Set<Pillar> getPillars() {
        return EnumSetColumn.parse(pillars, Pillar.class);
    }

    public Set<Region> getEligibleRegions() {
        return EnumSetColumn.parse(eligibleRegions, Region.class);
    }

    public Set<OrganisationKind> getEligibleKinds() {
        return EnumSetColumn.parse(eligibleKinds, OrganisationKind.class);
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getCommittedAmount() {
        return committedAmount == null ? BigDecimal.ZERO : committedAmount;
    }

    public BigDecimal getBudgetEnvelope() {
        return budgetEnvelope;
    }

    public BigDecimal getMinimumGrant() {
        return minimumGrant;
    }

    public BigDecimal getMaximumGrant() {
        return maximumGrant;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getReviewersPerApplication() {
        return reviewersPerApplication;
    }

    public boolean isMultipleApplicationsAllowed() {
        return multipleApplicationsAllowed;
    }

    public List<RubricCriterion> getRubric() {
        return List.copyOf(rubric);
    }

    public List<ReportRequirement> getReports() {
        return List.copyOf(reports);
    }

    public List<Tranche> getTranches() {
        return List.copyOf(tranches);
    }

    public CallStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
