package org.plenary.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The recorded result of one scheduled verification of the audit chain. Never changed. */
@Entity
@Table(name = "audit_chain_check")
public class AuditChainCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "events_checked", nullable = false)
    private long eventsChecked;

    @Column(nullable = false)
    private boolean intact;

    @Column(name = "first_broken_id")
    private Long firstBrokenId;

    /** The process instance the timer started: one check per firing, even if the job is retried. */
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;

    protected AuditChainCheck() {
    }

    public AuditChainCheck(Instant checkedAt, AuditChainReport report, String processInstanceId) {
        this.checkedAt = checkedAt;
        this.eventsChecked = report.eventsChecked();
        this.intact = report.intact();
        this.firstBrokenId = report.firstBrokenId();
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public long getEventsChecked() {
        return eventsChecked;
    }

    public boolean isIntact() {
        return intact;
    }

    public Long getFirstBrokenId() {
        return firstBrokenId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
