package org.plenary.inbox.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.identity.Region;
import org.plenary.inbox.DueFilter;
import org.plenary.inbox.InboxCursor;
import org.plenary.inbox.InboxFilter;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.InboxKind;
import org.plenary.inbox.InboxPage;
import org.plenary.inbox.InboxRequest;
import org.plenary.inbox.InboxView;
import org.plenary.inbox.InboxViewer;

/**
 * The inbox's SQL over the read model, on a connection the caller provides (the service's pool,
 * or the benchmark's). A page of offered tasks is one index range per principal (user or group),
 * merged: each branch reads at most offset + limit index entries in order, whatever the backlog.
 * The visibility rule is part of every query, never applied afterwards.
 */
public final class InboxQueries {

    private static final String ITEM_COLUMNS = "task_id, process_instance_id, process_key, kind, business_key, "
            + "task_key, name, form_key, created_at, due_at, priority, assignee, case_title, organisation_id, "
            + "organisation_name, region, call_id, call_title, owner, delegation, follow_up_on";

    private InboxQueries() {
    }

    public static InboxPage page(Connection connection, InboxViewer viewer, InboxRequest request, Instant now)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        List<Long> sortValues = new ArrayList<>();
        Sql sql = request.view() == InboxView.MINE ? minePage(viewer, request, now) : offeredPage(viewer, request, now);
        try (PreparedStatement select = sql.prepare(connection); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
                sortValues.add(rows.getLong(2));
            }
        }
        List<InboxItem> items = items(connection, ids);
        long total = request.withTotal() ? count(connection, viewer, request.view(), request.filter(), now) : -1;
        String next = ids.size() < request.limit() ? null
                : new InboxCursor(sortValues.get(ids.size() - 1), ids.get(ids.size() - 1)).toString();
        return new InboxPage(items, total, next);
    }

    /**
     * The size of a view. Offered tasks are counted per principal, each task once: a principal's rows that
     * an earlier principal already offers are left out (NOT EXISTS, only for rows of tasks offered to several
     * principals), which costs far less than COUNT(DISTINCT) over all rows. Large role groups come first.
     */
    public static long count(Connection connection, InboxViewer viewer, InboxView view, InboxFilter filter, Instant now)
            throws SQLException {
        if (view == InboxView.OFFERED && filter.equals(InboxFilter.none())) {
            return offeredTotal(connection, viewer);
        }
        Sql sql = new Sql();
        if (view == InboxView.MINE) {
            sql.append("SELECT COUNT(*) FROM inbox_task o WHERE o.assignee = ?", viewer.assigneeKey());
            conditions(sql, viewer, filter, now);
        } else {
            List<String> principals = viewer.principals();
            sql.append("SELECT ");
            for (int i = 0; i < principals.size(); i++) {
                sql.append(i == 0 ? "(" : " + (");
                sql.append("SELECT COUNT(*) FROM inbox_offer o WHERE o.principal = ?", principals.get(i));
                conditions(sql, viewer, filter, now);
                if (i > 0) {
                    sql.append(" AND (o.shared = FALSE OR NOT EXISTS (SELECT 1 FROM inbox_offer e WHERE e.task_id = o.task_id "
                            + "AND e.principal IN (");
                    for (int j = 0; j < i; j++) {
                        sql.append(j == 0 ? "?" : ", ?", principals.get(j));
                    }
                    sql.append(")))");
                }
                sql.append(")");
            }
            sql.append(" AS total");
        }
        try (PreparedStatement select = sql.prepare(connection); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The unfiltered size of the offered view, from the tally the projection keeps: the offers of all the
     * viewer's principals in the case organisations they may see, less one for each further principal of the
     * viewer that offers a task an earlier one already does. Only rows of tasks offered to several principals
     * are read for that correction; the large role group is the first principal and is never read row by row.
     */
    static long offeredTotal(Connection connection, InboxViewer viewer) throws SQLException {
        List<String> principals = viewer.principals();
        Sql sql = new Sql().append("SELECT (SELECT COALESCE(SUM(t.offers), 0) FROM inbox_offer_tally t WHERE t.principal IN (");
        for (int i = 0; i < principals.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?", principals.get(i));
        }
        sql.append(")");
        if (!viewer.networkWide() && viewer.organisationId() != null) {
            sql.append(" AND (t.organisation_id = 0 OR t.organisation_id <> ? OR t.for_organisation = ?)",
                    viewer.organisationId(), viewer.organisationId());
        }
        sql.append(")");
        for (int i = 1; i < principals.size(); i++) {
            sql.append(" - (SELECT COUNT(*) FROM inbox_offer o WHERE o.principal = ? AND o.shared = TRUE",
                    principals.get(i));
            visibility(sql, viewer);
            sql.append(" AND EXISTS (SELECT 1 FROM inbox_offer e WHERE e.task_id = o.task_id AND e.principal IN (");
            for (int j = 0; j < i; j++) {
                sql.append(j == 0 ? "?" : ", ?", principals.get(j));
            }
            sql.append(")))");
        }
        sql.append(" AS total");
        try (PreparedStatement select = sql.prepare(connection); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Counts of both views, for the menu. */
    public static Map<InboxView, Long> counts(Connection connection, InboxViewer viewer, Instant now)
            throws SQLException {
        Map<InboxView, Long> counts = new HashMap<>();
        for (InboxView view : InboxView.values()) {
            counts.put(view, count(connection, viewer, view, InboxFilter.none(), now));
        }
        return counts;
    }

    /** The open tasks assigned to that user, oldest first (at most limit): for reassigning someone's work. */
    public static List<String> assignedTo(Connection connection, String assignee, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        Sql sql = limit(new Sql().append("SELECT o.task_id FROM inbox_task o WHERE o.assignee = ? "
                + "ORDER BY o.sort_created, o.task_id", assignee), limit, 0);
        try (PreparedStatement select = sql.prepare(connection); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * One task as the viewer may see it in either view, or as the owner of a task they delegated; null when
     * absent or not theirs to see.
     */
    public static InboxItem visibleTask(Connection connection, InboxViewer viewer, String taskId) throws SQLException {
        Sql sql = new Sql().append("SELECT o.task_id FROM inbox_task o WHERE o.task_id = ?", taskId);
        return firstVisible(connection, viewer, sql);
    }

    /**
     * The oldest open task of that process instance the viewer may see (as {@link #visibleTask} does), other
     * than {@code exceptTaskId}; null when there is none. One query, however many tasks the case has open.
     */
    public static InboxItem firstVisibleOfProcess(Connection connection, InboxViewer viewer, String processInstanceId,
            String exceptTaskId) throws SQLException {
        Sql sql = new Sql().append("SELECT o.task_id FROM inbox_task o WHERE o.process_instance_id = ?",
                processInstanceId);
        if (exceptTaskId != null) {
            sql.append(" AND o.task_id <> ?", exceptTaskId);
        }
        return firstVisible(connection, viewer, sql);
    }

    /** The first task the query selects that is assigned to, delegated by or offered to the viewer. */
    private static InboxItem firstVisible(Connection connection, InboxViewer viewer, Sql sql) throws SQLException {
        sql.append(" AND (o.assignee = ? OR o.owner = ?", viewer.assigneeKey(), viewer.assigneeKey());
        sql.append(" OR EXISTS (SELECT 1 FROM inbox_offer f WHERE f.task_id = o.task_id AND f.principal IN (");
        List<String> principals = viewer.principals();
        for (int i = 0; i < principals.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?", principals.get(i));
        }
        sql.append(")))");
        visibility(sql, viewer);
        limit(sql.append(" ORDER BY o.created_at, o.task_id"), 1, 0);
        String taskId;
        try (PreparedStatement select = sql.prepare(connection); ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            taskId = rows.getString(1);
        }
        List<InboxItem> items = items(connection, List.of(taskId));
        return items.isEmpty() ? null : items.get(0);
    }

    /** One task of the read model whoever may see it: for the service's own checks, never for display. */
    public static InboxItem task(Connection connection, String taskId) throws SQLException {
        List<InboxItem> items = items(connection, List.of(taskId));
        return items.isEmpty() ? null : items.get(0);
    }

    private static Sql minePage(InboxViewer viewer, InboxRequest request, Instant now) {
        String column = "o." + request.sort().column();
        Sql sql = new Sql().append("SELECT o.task_id, " + column + " FROM inbox_task o WHERE o.assignee = ?",
                viewer.assigneeKey());
        conditions(sql, viewer, request.filter(), now);
        keyset(sql, column, request.cursor());
        sql.append(" ORDER BY " + column + ", o.task_id");
        return limit(sql, request.limit(), request.offset());
    }

    private static Sql offeredPage(InboxViewer viewer, InboxRequest request, Instant now) {
        String column = "o." + request.sort().column();
        Sql sql = new Sql().append("SELECT task_id, sort_value FROM (");
        List<String> principals = viewer.principals();
        for (int i = 0; i < principals.size(); i++) {
            sql.append(i == 0 ? "(" : " UNION (");
            sql.append("SELECT o.task_id, " + column + " AS sort_value FROM inbox_offer o WHERE o.principal = ?",
                    principals.get(i));
            conditions(sql, viewer, request.filter(), now);
            keyset(sql, column, request.cursor());
            sql.append(" ORDER BY " + column + ", o.task_id");
            limit(sql, request.offset() + request.limit(), 0);
            sql.append(")");
        }
        sql.append(") merged ORDER BY sort_value, task_id");
        return limit(sql, request.limit(), request.offset());
    }

    private static Sql limit(Sql sql, int limit, int offset) {
        sql.append(" LIMIT " + limit);
        if (offset > 0) {
            sql.append(" OFFSET " + offset);
        }
        return sql;
    }

    private static void keyset(Sql sql, String column, String cursor) {
        if (cursor == null) {
            return;
        }
        InboxCursor after = InboxCursor.parse(cursor);
        sql.append(" AND (" + column + " > ? OR (" + column + " = ? AND o.task_id > ?))",
                after.sortValue(), after.sortValue(), after.taskId());
    }

    private static void conditions(Sql sql, InboxViewer viewer, InboxFilter filter, Instant now) {
        if (filter.kind() != null) {
            sql.append(" AND o.kind = ?", filter.kind().name());
        }
        if (filter.callId() != null) {
            sql.append(" AND o.call_id = ?", filter.callId());
        }
        if (filter.region() != null) {
            sql.append(" AND o.region = ?", filter.region().name());
        }
        if (filter.due() == DueFilter.OVERDUE) {
            sql.append(" AND o.sort_due < ?", now.getEpochSecond());
        } else if (filter.due() == DueFilter.THIS_WEEK) {
            sql.append(" AND o.sort_due >= ? AND o.sort_due < ?", now.getEpochSecond(),
                    now.plus(Duration.ofDays(7)).getEpochSecond());
        }
        if (filter.search() != null) {
            sql.append(" AND o.search_text LIKE ? ESCAPE '!'", "%" + escapeLike(filter.search().toLowerCase(Locale.ROOT)) + "%");
        }
        visibility(sql, viewer);
    }

    /** A user who is not network staff never sees a case of their own organisation, unless offered to it. */
    static void visibility(Sql sql, InboxViewer viewer) {
        if (viewer.networkWide() || viewer.organisationId() == null) {
            return;
        }
        sql.append(" AND (o.organisation_id IS NULL OR o.organisation_id <> ? OR o.for_organisation = ?)",
                viewer.organisationId(), viewer.organisationId());
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static List<InboxItem> items(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql().append("SELECT " + ITEM_COLUMNS + " FROM inbox_task WHERE task_id IN (");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?", ids.get(i));
        }
        sql.append(")");
        Map<String, InboxItem> byId = new HashMap<>();
        try (PreparedStatement select = sql.prepare(connection); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                InboxItem item = item(rows);
                byId.put(item.taskId(), item);
            }
        }
        List<InboxItem> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            InboxItem item = byId.get(id);
            if (item != null) {
                ordered.add(item);
            }
        }
        return ordered;
    }

    private static InboxItem item(ResultSet rows) throws SQLException {
        String region = rows.getString(16);
        return new InboxItem(rows.getString(1), rows.getString(2), rows.getString(3),
                InboxKind.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getString(7),
                rows.getString(8), instant(rows.getObject(9, LocalDateTime.class)),
                instant(rows.getObject(10, LocalDateTime.class)), rows.getInt(11), rows.getString(12),
                rows.getString(13), (Long) rows.getObject(14, Long.class), rows.getString(15),
                region == null ? null : Region.valueOf(region), rows.getObject(17, Long.class), rows.getString(18),
                rows.getString(19), rows.getString(20), rows.getObject(21, java.time.LocalDate.class));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** SQL text with its parameters in order. */
    static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Sql append(String part, Object... values) {
            text.append(part);
            parameters.addAll(List.of(values));
            return this;
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text.toString());
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
