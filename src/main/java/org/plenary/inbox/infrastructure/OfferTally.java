package org.plenary.inbox.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes one engine command makes to inbox_offer_tally: +1 for each offer row written, -1 for each
 * removed, summed per (principal, case organisation, organisation offered to). Applied once, after the
 * command's offer rows are written, in key order: every transaction locks tally rows in the same order and
 * last, so two commands cannot deadlock on them; a refresh that changes nothing writes nothing.
 */
final class OfferTally {

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::principal)
            .thenComparingLong(Key::organisationId).thenComparingLong(Key::forOrganisation);

    private final Map<Key, Long> deltas = new TreeMap<>(ORDER);

    /** The offer rows a task has now, before they are deleted. */
    void removing(Connection connection, String taskId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT principal, organisation_id, for_organisation FROM inbox_offer WHERE task_id = ?")) {
            select.setString(1, taskId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    add(rows.getString(1), rows.getObject(2, Long.class), rows.getObject(3, Long.class), -1);
                }
            }
        }
    }

    void adding(String principal, Long organisationId, Long forOrganisation) {
        add(principal, organisationId, forOrganisation, 1);
    }

    private void add(String principal, Long organisationId, Long forOrganisation, long delta) {
        deltas.merge(new Key(principal, organisationId == null ? 0 : organisationId,
                forOrganisation == null ? 0 : forOrganisation), delta, Long::sum);
    }

    void apply(Connection connection) throws SQLException {
        for (Map.Entry<Key, Long> entry : deltas.entrySet()) {
            if (entry.getValue() != 0 && update(connection, entry.getKey(), entry.getValue()) == 0) {
                insert(connection, entry.getKey(), entry.getValue());
            }
        }
        deltas.clear();
    }

    private static int update(Connection connection, Key key, long delta) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE inbox_offer_tally SET offers = offers + ? "
                + "WHERE principal = ? AND organisation_id = ? AND for_organisation = ?")) {
            update.setLong(1, delta);
            update.setString(2, key.principal());
            update.setLong(3, key.organisationId());
            update.setLong(4, key.forOrganisation());
            return update.executeUpdate();
        }
    }

    /** The first offer of a key; when another transaction inserted the same key meanwhile, add to its row. */
    private static void insert(Connection connection, Key key, long delta) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inbox_offer_tally "
                + "(principal, organisation_id, for_organisation, offers) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, key.principal());
            insert.setLong(2, key.organisationId());
            insert.setLong(3, key.forOrganisation());
            insert.setLong(4, delta);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23") || update(connection, key, delta) == 0) {
                throw e;
            }
        }
    }

    private record Key(String principal, long organisationId, long forOrganisation) {
    }
}
