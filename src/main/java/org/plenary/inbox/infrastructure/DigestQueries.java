package org.plenary.inbox.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.plenary.inbox.DigestContent;
import org.plenary.inbox.InboxViewer;
import org.plenary.inbox.infrastructure.InboxQueries.Sql;

/**
 * The digest's reading of the read model: the tasks assigned to the user or offered to them or their
 * groups that were created since the last digest or are overdue, under the inbox's own visibility rule
 * ({@link InboxQueries#visibility}) in every branch, never filtered afterwards. Each branch is one
 * principal's index range, as in the inbox's pages.
 */
public final class DigestQueries {

    private DigestQueries() {
    }

    public static DigestContent read(Connection connection, InboxViewer viewer, Instant newSince, Instant now,
            int maxLines) throws SQLException {
        long since = newSince.getEpochSecond();
        long overdueBefore = now.getEpochSecond();
        long newTasks = count(connection, viewer, " AND o.sort_created >= ?", since);
        long overdueTasks = count(connection, viewer, " AND o.sort_due < ?", overdueBefore);
        if (newTasks == 0 && overdueTasks == 0) {
            return new DigestContent(List.of(), 0, 0, 0);
        }
        long tasks = count(connection, viewer, " AND (o.sort_created >= ? OR o.sort_due < ?)", since, overdueBefore);
        Sql sql = new Sql().append("SELECT task_id, sort_due FROM (");
        List<String> sources = sources(viewer);
        for (int i = 0; i < sources.size(); i++) {
            sql.append(i == 0 ? "(" : " UNION (");
            source(sql, viewer, i, sources.get(i), "o.task_id, o.sort_due");
            sql.append(" AND (o.sort_created >= ? OR o.sort_due < ?)", since, overdueBefore);
            InboxQueries.visibility(sql, viewer);
            sql.append(" ORDER BY o.sort_due, o.task_id LIMIT " + maxLines + ")");
        }
        sql.append(") merged ORDER BY sort_due, task_id LIMIT " + maxLines);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = sql.prepare(connection); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return new DigestContent(InboxQueries.items(connection, ids), newTasks, overdueTasks, tasks);
    }

    /** Distinct tasks of the user that meet the condition, over all branches. */
    private static long count(Connection connection, InboxViewer viewer, String condition, Object... values)
            throws SQLException {
        Sql sql = new Sql().append("SELECT COUNT(*) FROM (");
        List<String> sources = sources(viewer);
        for (int i = 0; i < sources.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ");
            source(sql, viewer, i, sources.get(i), "o.task_id");
            sql.append(condition, values);
            InboxQueries.visibility(sql, viewer);
        }
        sql.append(") tasks");
        try (PreparedStatement select = sql.prepare(connection); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The assignee first, then each principal the user's offers are filed under. */
    private static List<String> sources(InboxViewer viewer) {
        List<String> sources = new ArrayList<>();
        sources.add(null);
        sources.addAll(viewer.principals());
        return sources;
    }

    private static void source(Sql sql, InboxViewer viewer, int index, String principal, String columns) {
        if (index == 0) {
            sql.append("SELECT " + columns + " FROM inbox_task o WHERE o.assignee = ?", viewer.assigneeKey());
        } else {
            sql.append("SELECT " + columns + " FROM inbox_offer o WHERE o.principal = ?", principal);
        }
    }
}
