package org.plenary.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One e-mail to one person, written in the same transaction as the change it tells about and sent
 * afterwards by the dispatcher. Subject and body are rendered when queued, so that what was sent is
 * what the admin reads here. The body is personal data: shown to admins only and never logged.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

    public static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user_id", nullable = false)
    private Long recipientUserId;

    @Column(name = "recipient_address", nullable = false, length = 254)
    private String recipientAddress;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 100)
    private String template;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(long recipientUserId, String recipientAddress, String template, RenderedMail mail,
            Instant now) {
        this.recipientUserId = recipientUserId;
        this.recipientAddress = recipientAddress;
        this.template = template;
        this.language = mail.language();
        this.subject = mail.subject().length() > 400 ? mail.subject().substring(0, 400) : mail.subject();
        this.body = mail.body();
        this.status = OutboxStatus.QUEUED;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** An admin's retry of a failed message: back in the queue with a fresh count of attempts. */
    public void requeue(Instant now) {
        if (status != OutboxStatus.FAILED) {
            throw new IllegalStateException("only failed messages are put back in the queue");
        }
        status = OutboxStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        claimedBy = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getLanguage() {
        return language;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
