package org.plenary.grants;

import java.math.BigDecimal;
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

import org.plenary.platform.InvalidInputException;

/**
 * A narrative and financial report of a grant: what happened, and the actual spending per line of
 * the approved budget (same order as the application's budget lines).
 */
@Entity
@Table(name = "grant_report")
public class GrantReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private GrantApplication application;

    @Column(name = "report_no", nullable = false)
    private int reportNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportKind kind;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReportStatus status;

    @Column(length = 20000)
    private String narrative;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_report_spending", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "actual", precision = 15, scale = 2)
    private List<BigDecimal> spending = new ArrayList<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 254)
    private String submittedBy;

    @Column(name = "review_note", length = 4000)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected GrantReport() {
    }

    public GrantReport(GrantApplication application, int reportNo, ReportKind kind, Instant opensAt, Instant dueAt) {
        this.application = application;
        this.reportNo = reportNo;
        this.kind = kind;
        this.opensAt = opensAt;
        this.dueAt = dueAt;
        this.status = ReportStatus.PLANNED;
    }

    public void open() {
        if (status == ReportStatus.PLANNED) {
            status = ReportStatus.OPEN;
        }
    }

    public void submit(String text, List<BigDecimal> actual, int budgetLines, String by, Instant at) {
        if (status != ReportStatus.OPEN && status != ReportStatus.REVISION_REQUESTED) {
            throw new InvalidInputException(status == ReportStatus.PLANNED ? "report.notOpenYet" : "report.notExpected");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("report.narrativeRequired");
        }
        if (text.length() > 20000) {
            throw new InvalidInputException("report.narrativeTooLong", 20000);
        }
        if (actual == null || actual.size() != budgetLines || actual.stream().anyMatch(a -> a == null || a.signum() < 0)) {
            throw new InvalidInputException("report.spendingPerLine");
        }
        narrative = text;
        spending = new ArrayList<>(actual);
        submittedBy = by;
        submittedAt = at;
        status = ReportStatus.SUBMITTED;
    }

    public void review(boolean accepted, String note, String by, Instant at) {
        if (status != ReportStatus.SUBMITTED) {
            throw new InvalidInputException("report.notSubmitted");
        }
        if (!accepted && (note == null || note.isBlank())) {
            throw new InvalidInputException("report.revisionNoteRequired");
        }
        reviewNote = note;
        reviewedBy = by;
        reviewedAt = at;
        status = accepted ? ReportStatus.ACCEPTED : ReportStatus.REVISION_REQUESTED;
    }

    public boolean isOverdue(Instant now) {
        return (status == ReportStatus.OPEN || status == ReportStatus.REVISION_REQUESTED) && now.isAfter(dueAt);
    }

    public BigDecimal getTotalSpent() {
        return spending.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public int getReportNo() {
        return reportNo;
    }

    public ReportKind getKind() {
        return kind;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public List<BigDecimal> getSpending() {
        return List.copyOf(spending);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public long getVersion() {
        return version;
    }
}
