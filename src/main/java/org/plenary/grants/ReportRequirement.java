package org.plenary.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A report every grant of the call owes, due a number of days after the project's start
 * (interim) or end (final).
 */
@Embeddable
public class ReportRequirement {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ReportKind kind;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    protected ReportRequirement() {
    }

    public ReportRequirement(ReportKind kind, int dueDays) {
        this.kind = kind;
        this.dueDays = dueDays;
    }

    public ReportKind getKind() {
        return kind;
    }

    /** Days after the project's start (interim) or end (final). */
    public int getDueDays() {
        return dueDays;
    }
}
