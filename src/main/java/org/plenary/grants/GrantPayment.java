package org.plenary.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.plenary.platform.InvalidInputException;

/** One tranche of a grant: due when its event has happened (released), then recorded as paid. */
@Entity
@Table(name = "grant_payment")
public class GrantPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private GrantApplication application;

    @Column(name = "tranche_no", nullable = false)
    private int trancheNo;

    @Column(name = "share_percent", nullable = false)
    private int percent;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_event", nullable = false, length = 32)
    private ReleaseEvent releaseEvent;

    @Column(name = "amount_due", nullable = false, precision = 15, scale = 2)
    private BigDecimal amountDue;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_amount", precision = 15, scale = 2)
    private BigDecimal paidAmount;

    @Column(length = 100)
    private String reference;

    @Column(name = "recorded_by", length = 254)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected GrantPayment() {
    }

    public GrantPayment(GrantApplication application, int trancheNo, Tranche tranche, BigDecimal amountDue) {
        this.application = application;
        this.trancheNo = trancheNo;
        this.percent = tranche.getPercent();
        this.releaseEvent = tranche.getReleaseEvent();
        this.amountDue = amountDue;
    }

    public void release(Instant at) {
        if (releasedAt == null) {
            releasedAt = at;
        }
    }

    public void recordPaid(LocalDate on, BigDecimal amount, String ref, String by, Instant at) {
        if (releasedAt == null) {
            throw new InvalidInputException("payment.notReleased");
        }
        if (paidOn != null) {
            throw new InvalidInputException("payment.alreadyPaid");
        }
        paidOn = on;
        paidAmount = amount;
        reference = ref;
        recordedBy = by;
        recordedAt = at;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public int getTrancheNo() {
        return trancheNo;
    }

    public int getPercent() {
        return percent;
    }

    public ReleaseEvent getReleaseEvent() {
        return releaseEvent;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
