package org.plenary.notifications.api;

import java.time.Instant;

import org.plenary.notifications.OutboxMessage;
import org.plenary.notifications.OutboxStatus;

/** An outbox message as the API shows it; the body only when one message is asked for. */
public record OutboxMessageView(Long id, Long recipientUserId, String recipientAddress, String language,
        String template, String subject, OutboxStatus status, int attempts, Instant createdAt, Instant sentAt,
        Instant nextAttemptAt, String lastError, String body) {

    public static OutboxMessageView summary(OutboxMessage m) {
        return of(m, null);
    }

    public static OutboxMessageView full(OutboxMessage m) {
        return of(m, m.getBody());
    }

    private static OutboxMessageView of(OutboxMessage m, String body) {
        return new OutboxMessageView(m.getId(), m.getRecipientUserId(), m.getRecipientAddress(), m.getLanguage(),
                m.getTemplate(), m.getSubject(), m.getStatus(), m.getAttempts(), m.getCreatedAt(), m.getSentAt(),
                m.getNextAttemptAt(), m.getLastError(), body);
    }
}
