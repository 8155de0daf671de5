package org.plenary.notifications.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.plenary.platform.persistence.PlenaryDataSourceDefinition;

/**
 * The dispatcher's side of the outbox table, in plain SQL and one short transaction per step, so
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

    @Resource(lookup = PlenaryDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    /** Puts expired claims back in the queue, then returns ids of queued messages that are due, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement release = connection.prepareStatement("UPDATE notification_outbox"
                    + " SET status = 'QUEUED', claimed_by = NULL, claimed_until = NULL, version = version + 1"
                    + " WHERE status = 'SENDING' AND claimed_until < ?")) {
                release.setTimestamp(1, utc(now));
                release.executeUpdate();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM notification_outbox"
                    + " WHERE status = 'QUEUED' AND next_attempt_at <= ? ORDER BY id LIMIT " + limit)) {
                select.setTimestamp(1, utc(now));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the outbox failed", e);
        }
    }

    /** Claims one due message for this node until the lease ends; empty when another node was first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(long id, String node, Instant now, Instant leaseEnd) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE notification_outbox"
                    + " SET status = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = attempts + 1,"
                    + " version = version + 1 WHERE id = ? AND status = 'QUEUED' AND next_attempt_at <= ?")) {
                update.setString(1, node);
                update.setTimestamp(2, utc(leaseEnd));
                update.setLong(3, id);
                update.setTimestamp(4, utc(now));
                if (update.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT recipient_address, language,"
                    + " subject, body, attempts FROM notification_outbox WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return Optional.of(new Claimed(id, row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming an outbox message failed", e);
        }
    }

    /** Records the delivery; false when this node's claim had already been taken back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markSent(long id, String node, Instant now) {
        return finish(id, node, "UPDATE notification_outbox SET status = 'SENT', sent_at = ?, last_error = NULL,"
                + " claimed_by = NULL, claimed_until = NULL, version = version + 1"
                + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?", utc(now), null);
    }

    /** Records a failed attempt: back in the queue until nextAttempt, or FAILED for good when it is null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markAttemptFailed(long id, String node, String failure, Instant nextAttempt) {
        String error = failure == null || failure.isBlank() ? "unknown error" : failure;
        if (nextAttempt == null) {
            return finish(id, node, "UPDATE notification_outbox SET status = 'FAILED', last_error = ?,"
                    + " claimed_by = NULL, claimed_until = NULL, version = version + 1"
                    + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?", null, error);
        }
        return finish(id, node, "UPDATE notification_outbox SET status = 'QUEUED', next_attempt_at = ?,"
                + " last_error = ?, claimed_by = NULL, claimed_until = NULL, version = version + 1"
                + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?", utc(nextAttempt), error);
    }

    private boolean finish(long id, String node, String sql, Timestamp time, String error) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            if (time != null) {
                update.setTimestamp(i++, time);
            }
            if (error != null) {
                update.setString(i++, error);
            }
            update.setLong(i++, id);
            update.setString(i, node);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("recording an outbox outcome failed", e);
        }
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
