package org.plenary.inbox.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.inbox.DigestSetting;

/**
 * The digest settings and markers (table inbox_digest) in plain SQL on the caller's connection. A user
 * without a row follows the defaults. The day's digest is claimed with a conditional UPDATE of the marker
 * (or the INSERT of the user's first row, which the primary key makes unique): when two nodes try the
 * same user, exactly one counts a row; the other waits for the first to commit and then counts none.
 */
public final class DigestStore {

    private DigestStore() {
    }

    public static DigestSetting find(Connection connection, long userId) throws SQLException {
        return find(connection, List.of(userId)).getOrDefault(userId, DigestSetting.defaults());
    }

    /** The rows of these users; users without one are left out. */
    public static Map<Long, DigestSetting> find(Connection connection, List<Long> userIds) throws SQLException {
        Map<Long, DigestSetting> settings = new HashMap<>();
        if (userIds.isEmpty()) {
            return settings;
        }
        StringBuilder sql = new StringBuilder("SELECT user_id, enabled, send_hour, last_digest_on, last_digest_at"
                + " FROM inbox_digest WHERE user_id IN (");
        for (int i = 0; i < userIds.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(")");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < userIds.size(); i++) {
                select.setLong(i + 1, userIds.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    boolean enabled = rows.getBoolean(2);
                    Boolean chosen = rows.wasNull() ? null : enabled;
                    LocalDateTime at = rows.getObject(5, LocalDateTime.class);
                    settings.put(rows.getLong(1), new DigestSetting(chosen, rows.getInt(3),
                            rows.getObject(4, LocalDate.class), at == null ? null : at.toInstant(ZoneOffset.UTC)));
                }
            }
        }
        return settings;
    }

    /** The user's own choice, kept apart from the marker that the job writes. */
    public static void choose(Connection connection, long userId, boolean enabled, int hour) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE inbox_digest SET enabled = ?, send_hour = ? WHERE user_id = ?")) {
            update.setBoolean(1, enabled);
            update.setInt(2, hour);
            update.setLong(3, userId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO inbox_digest (user_id, enabled, send_hour) VALUES (?, ?, ?)")) {
            insert.setLong(1, userId);
            insert.setBoolean(2, enabled);
            insert.setInt(3, hour);
            insert.executeUpdate();
        }
    }

    /**
     * Takes the user's digest of that local day for this transaction; false when it was already taken
     * (by an earlier run, or by another node that committed first). A duplicate key on the first row
     * means another node took it: the exception rolls this transaction back.
     */
    public static boolean claim(Connection connection, long userId, LocalDate today, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE inbox_digest"
                + " SET last_digest_on = ?, last_digest_at = ?"
                + " WHERE user_id = ? AND (last_digest_on IS NULL OR last_digest_on < ?)")) {
            update.setObject(1, today);
            update.setObject(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setLong(3, userId);
            update.setObject(4, today);
            if (update.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM inbox_digest WHERE user_id = ?")) {
            exists.setLong(1, userId);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inbox_digest"
                + " (user_id, enabled, send_hour, last_digest_on, last_digest_at) VALUES (?, NULL, ?, ?, ?)")) {
            insert.setLong(1, userId);
            insert.setInt(2, DigestSetting.DEFAULT_HOUR);
            insert.setObject(3, today);
            insert.setObject(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        }
    }
}
