package org.plenary.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

import org.plenary.identity.User;
import org.plenary.platform.InvalidInputException;

/** One reviewer's review of one application: interests declared, then a score per rubric criterion. */
@Entity
@Table(name = "grant_review")
public class GrantReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private GrantApplication application;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "reviewer_id")
    private User reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "conflict_note", length = 2000)
    private String conflictNote;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "overall_comment", length = 4000)
    private String overallComment;

    @Column(name = "weighted_score", precision = 6, scale = 3)
    private BigDecimal weightedScore;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_review_score", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "sort_order")
    private List<ReviewScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected GrantReview() {
    }

    public GrantReview(GrantApplication application, User reviewer, Instant assignedAt, Instant dueAt) {
        this.application = application;
        this.reviewer = reviewer;
        this.status = ReviewStatus.ASSIGNED;
        this.assignedAt = assignedAt;
        this.dueAt = dueAt;
    }

    public void declare(boolean conflict, String note, Instant at) {
        if (status != ReviewStatus.ASSIGNED) {
            throw new InvalidInputException("review.alreadyDeclared");
        }
        status = conflict ? ReviewStatus.CONFLICT : ReviewStatus.SCORING;
        conflictNote = note;
        declaredAt = at;
    }

    /** Scores in the rubric's order; the weighted score is the weights' average of them (1 to 5). */
    public void submit(List<ReviewScore> given, String comment, List<RubricCriterion> rubric, Instant at) {
        if (status != ReviewStatus.SCORING) {
            throw new InvalidInputException(status == ReviewStatus.SUBMITTED ? "review.alreadySubmitted"
                    : "review.declareFirst");
        }
        if (given.size() != rubric.size()) {
            throw new InvalidInputException("review.scoreEveryCriterion");
        }
        BigDecimal total = BigDecimal.ZERO;
        int weights = 0;
        for (int i = 0; i < rubric.size(); i++) {
            ReviewScore score = given.get(i);
            if (score.getScore() < 1 || score.getScore() > 5) {
                throw new InvalidInputException("review.scoreRange");
            }
            if (score.getComment() == null || score.getComment().isBlank()) {
                throw new InvalidInputException("review.commentRequired", rubric.get(i).getName());
            }
            total = total.add(BigDecimal.valueOf((long) score.getScore() * rubric.get(i).getWeight()));
            weights += rubric.get(i).getWeight();
        }
        scores = new ArrayList<>(given);
        weightedScore = total.divide(BigDecimal.valueOf(Math.max(weights, 1)), 3, RoundingMode.HALF_UP);
        overallComment = comment;
        submittedAt = at;
        status = ReviewStatus.SUBMITTED;
    }

    /**
     * The review moves to another reviewer while it is open (the secretariat gave its task to them): what was
     * declared stays on record with it; a declared conflict or a submitted review never moves.
     */
    public void moveTo(User newReviewer) {
        if (!isActive()) {
            throw new InvalidInputException("review.notMovable");
        }
        reviewer = newReviewer;
    }

    public boolean isActive() {
        return status == ReviewStatus.ASSIGNED || status == ReviewStatus.SCORING;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public User getReviewer() {
        return reviewer;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getOverallComment() {
        return overallComment;
    }

    public BigDecimal getWeightedScore() {
        return weightedScore;
    }

    public List<ReviewScore> getScores() {
        return List.copyOf(scores);
    }

    public long getVersion() {
        return version;
    }
}
