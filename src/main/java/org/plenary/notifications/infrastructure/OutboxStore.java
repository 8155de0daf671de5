package org.plenary.notifications.infrastructure;

import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The dispatcher's side of the outbox table, in plain SQL (native queries: EclipseLink holds the
 * connection until the commit) and one short transaction per step, so
 * that no transaction stays open while a mail server answers. A node claims a row with a conditional
 * UPDATE (status QUEUED → SENDING with its own node id and a lease): when two nodes try the same row,
 * exactly one UPDATE counts a row. A claim whose lease ran out (a node died while sending) goes back to
 * the queue; a message may then be sent twice, never lost. Times are stored as UTC wall-clock, as
 * {@link org.plenary.platform.persistence.InstantConverter} writes them.
 */
@ApplicationScoped
public class OutboxStore {

    /** A claimed message, with what the sender needs and the attempts counted so far (this one included). */
    public record Claimed(long id, String address, String language, String subject, String body, int attempts) {
    }

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /** Puts expired claims back in the queue, then returns ids of queued messages that are due, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int limit) {
        em.createNativeQuery("UPDATE notification_outbox"
                + " SET status = 'QUEUED', claimed_by = NULL, claimed_until = NULL, version = version + 1"
                + " WHERE status = 'SENDING' AND claimed_until < ?").setParameter(1, utc(now)).executeUpdate();
        List<?> ids = em.createNativeQuery("SELECT id FROM notification_outbox"
                + " WHERE status = 'QUEUED' AND next_attempt_at <= ? ORDER BY id LIMIT " + Math.max(1, limit))
                .setParameter(1, utc(now)).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Claims one due message for this node until the lease ends; empty when another node was first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(long id, String node, Instant now, Instant leaseEnd) {
        int claimed = em.createNativeQuery("UPDATE notification_outbox"
                + " SET status = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = attempts + 1,"
                + " version = version + 1 WHERE id = ? AND status = 'QUEUED' AND next_attempt_at <= ?")
                .setParameter(1, node).setParameter(2, utc(leaseEnd)).setParameter(3, id).setParameter(4, utc(now))
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT recipient_address, language, subject, body, attempts"
                + " FROM notification_outbox WHERE id = ?").setParameter(1, id).getSingleResult();
        return Optional.of(new Claimed(id, text(row[0]), text(row[1]), text(row[2]), text(row[3]),
                ((Number) row[4]).intValue()));
    }

    /** Records the delivery; false when this node's claim had already been taken back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markSent(long id, String node, Instant now) {
        return em.createNativeQuery("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, last_error = NULL,"
                + " claimed_by = NULL, claimed_until = NULL, version = version + 1"
                + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, utc(now)).setParameter(2, id).setParameter(3, node).executeUpdate() == 1;
    }

    /** Records a failed attempt: back in the queue until nextAttempt, or FAILED for good when it is null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markAttemptFailed(long id, String node, String failure, Instant nextAttempt) {
        String error = failure == null || failure.isBlank() ? "unknown error" : failure;
        if (nextAttempt == null) {
            return em.createNativeQuery("UPDATE notification_outbox SET status = 'FAILED', last_error = ?,"
                    + " claimed_by = NULL, claimed_until = NULL, version = version + 1"
                    + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                    .setParameter(1, error).setParameter(2, id).setParameter(3, node).executeUpdate() == 1;
        }
        return em.createNativeQuery("UPDATE notification_outbox SET status = 'QUEUED', next_attempt_at = ?,"
                + " last_error = ?, claimed_by = NULL, claimed_until = NULL, version = version + 1"
                + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, utc(nextAttempt)).setParameter(2, error).setParameter(3, id).setParameter(4, node)
                .executeUpdate() == 1;
    }

    /** Text columns come back as String, or as a Clob on databases that store TEXT as one (H2). */
    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("reading an outbox message failed", e);
            }
        }
        return value == null ? null : value.toString();
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
