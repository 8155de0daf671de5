package org.plenary.inbox.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandContextCloseListener;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.api.TaskInfo;
import org.flowable.variable.api.event.FlowableVariableEvent;
import org.plenary.inbox.CaseFacts;
import org.plenary.inbox.CaseFactsProvider;
import org.plenary.inbox.InboxPrincipal;

/**
 * Keeps the inbox's read model (inbox_task, inbox_offer) equal to Flowable's open tasks, in the
 * engine's own transaction: every event about a task, its identity links or its process instance
 * marks the task as changed; once the engine has written its own changes (after the session
 * flush, before the commit), each changed task's rows are rebuilt from ACT_RU_TASK and
 * ACT_RU_IDENTITYLINK on the engine's connection. A rollback takes both back; nothing the engine
 * does to a task (created, claimed, due date, candidates, completed, process deleted) can be missed.
 */
public class InboxProjection implements FlowableEventListener {

    static final String DIRTY = InboxProjection.class.getName() + ".dirty";
    /** The task-local variable holding a task's follow-up date (ISO yyyy-MM-dd); Flowable has no such field. */
    public static final String FOLLOW_UP = "followUpOn";
    /** 9999-12-31T23:59:59Z: tasks without a due date sort last. */
    public static final long NO_DUE_DATE = 253402300799L;

    private final Supplier<? extends Iterable<CaseFactsProvider>> providers;

    public InboxProjection(Supplier<? extends Iterable<CaseFactsProvider>> providers) {
        this.providers = providers;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event instanceof FlowableVariableEvent variable && FOLLOW_UP.equals(variable.getVariableName())
                && variable.getTaskId() != null) {
            changes(Context.getCommandContext()).tasks.add(variable.getTaskId());
            return;
        }
        if (!(event instanceof FlowableEngineEvent engineEvent)) {
            return;
        }
        String taskId = null;
        if (event instanceof FlowableEngineEntityEvent entityEvent) {
            Object entity = entityEvent.getEntity();
            if (entity instanceof TaskInfo task) {
                taskId = task.getId();
            } else if (entity instanceof IdentityLinkInfo link) {
                taskId = link.getTaskId();
            }
        }
        boolean processEnded = event.getType() == FlowableEngineEventType.PROCESS_COMPLETED
                || event.getType() == FlowableEngineEventType.PROCESS_CANCELLED
                || event.getType() == FlowableEngineEventType.PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT
                || event.getType() == FlowableEngineEventType.PROCESS_COMPLETED_WITH_ERROR_END_EVENT;
        if (taskId == null && !(processEnded && engineEvent.getProcessInstanceId() != null)) {
            return;
        }
        Changes changes = changes(Context.getCommandContext());
        if (taskId != null) {
            changes.tasks.add(taskId);
        } else {
            changes.processInstances.add(engineEvent.getProcessInstanceId());
        }
    }

    private Changes changes(CommandContext context) {
        Changes changes = (Changes) context.getAttribute(DIRTY);
        if (changes == null) {
            changes = new Changes();
            context.addAttribute(DIRTY, changes);
            context.addCloseListener(changes);
        }
        return changes;
    }

    /** Rebuilds the rows of the changed tasks once the engine's own writes are flushed. */
    private final class Changes implements CommandContextCloseListener {
        final Set<String> tasks = new LinkedHashSet<>();
        final Set<String> processInstances = new LinkedHashSet<>();

        @Override
        public void afterSessionsFlush(CommandContext context) {
            Connection connection = CommandContextUtil.getDbSqlSession(context).getSqlSession().getConnection();
            try {
                for (String processInstance : processInstances) {
                    tasks.addAll(tasksOfProcess(connection, processInstance));
                }
                OfferTally tally = new OfferTally();
                for (String task : tasks) {
                    refresh(connection, task, tally);
                }
                tally.apply(connection);
            } catch (SQLException e) {
                throw new FlowableException("Cannot update the inbox", e);
            }
            tasks.clear();
            processInstances.clear();
            context.removeAttribute(DIRTY);
        }

        @Override
        public void closing(CommandContext context) {
        }

        @Override
        public void closed(CommandContext context) {
        }

        @Override
        public void closeFailure(CommandContext context) {
        }

        /** Before the commit of a standalone engine (order 10000). */
        @Override
        public Integer order() {
            return 100;
        }

        @Override
        public boolean multipleAllowed() {
            return true;
        }
    }

    private static List<String> tasksOfProcess(Connection connection, String processInstance) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT task_id FROM inbox_task WHERE process_instance_id = ?")) {
            select.setString(1, processInstance);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** Deletes the task's rows and writes them again if the task is still open. */
    public void refresh(Connection connection, String taskId) throws SQLException {
        OfferTally tally = new OfferTally();
        refresh(connection, taskId, tally);
        tally.apply(connection);
    }

    private void refresh(Connection connection, String taskId, OfferTally tally) throws SQLException {
        tally.removing(connection, taskId);
        delete(connection, "DELETE FROM inbox_offer WHERE task_id = ?", taskId);
        delete(connection, "DELETE FROM inbox_task WHERE task_id = ?", taskId);
        try (PreparedStatement select = connection.prepareStatement("SELECT t.NAME_, t.TASK_DEF_KEY_, t.FORM_KEY_, "
                + "t.CREATE_TIME_, t.DUE_DATE_, t.PRIORITY_, t.ASSIGNEE_, t.PROC_INST_ID_, d.KEY_, e.BUSINESS_KEY_, "
                + "t.OWNER_, t.DELEGATION_ "
                + "FROM ACT_RU_TASK t LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ "
                + "LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ WHERE t.ID_ = ?")) {
            select.setString(1, taskId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                OpenTask task = new OpenTask(taskId, row.getString(1), row.getString(2), row.getString(3),
                        instant(row.getTimestamp(4)), instant(row.getTimestamp(5)), row.getInt(6), row.getString(7),
                        row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12),
                        followUp(connection, taskId));
                write(connection, task, candidates(connection, taskId), tally);
            }
        }
    }

    /**
     * Fills an empty read model from the engine's open tasks: after the migration that created it on a
     * database with running processes, or after an operator emptied it to rebuild. Returns how many
     * tasks were written.
     */
    public int rebuildIfEmpty(ProcessEngine engine) {
        return engine.getManagementService().executeCommand(context -> {
            Connection connection = CommandContextUtil.getDbSqlSession(context).getSqlSession().getConnection();
            try {
                if (scalar(connection, "SELECT COUNT(*) FROM inbox_task") > 0) {
                    return 0;
                }
                try (PreparedStatement clear = connection.prepareStatement("DELETE FROM inbox_offer_tally")) {
                    clear.executeUpdate();
                }
                List<String> open = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT ID_ FROM ACT_RU_TASK");
                        ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        open.add(rows.getString(1));
                    }
                }
                OfferTally tally = new OfferTally();
                for (String task : open) {
                    refresh(connection, task, tally);
                }
                tally.apply(connection);
                return open.size();
            } catch (SQLException e) {
                throw new FlowableException("Cannot rebuild the inbox", e);
            }
        });
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static LocalDate followUp(Connection connection, String taskId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT TEXT_ FROM ACT_RU_VARIABLE "
                + "WHERE TASK_ID_ = ? AND NAME_ = ?")) {
            select.setString(1, taskId);
            select.setString(2, FOLLOW_UP);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next() || rows.getString(1) == null) {
                    return null;
                }
                try {
                    return LocalDate.parse(rows.getString(1));
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        }
    }

    private static void delete(Connection connection, String sql, String taskId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, taskId);
            delete.executeUpdate();
        }
    }

    private static List<String> candidates(Connection connection, String taskId) throws SQLException {
        List<String> principals = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT GROUP_ID_, USER_ID_ FROM ACT_RU_IDENTITYLINK "
                + "WHERE TASK_ID_ = ? AND TYPE_ = 'candidate'")) {
            select.setString(1, taskId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String group = rows.getString(1);
                    principals.add(group != null ? InboxPrincipal.group(group) : InboxPrincipal.user(rows.getString(2)));
                }
            }
        }
        return principals;
    }

    private void write(Connection connection, OpenTask task, List<String> principals, OfferTally tally)
            throws SQLException {
        CaseFacts facts = facts(task.processKey(), task.businessKey());
        Long forOrganisation = principals.stream().filter(p -> p.startsWith("g:"))
                .map(p -> InboxPrincipal.organisationOf(p.substring(2))).filter(id -> id != null)
                .findFirst().orElse(null);
        long sortDue = task.dueAt() == null ? NO_DUE_DATE : task.dueAt().getEpochSecond();
        long sortPriority = -task.priority();
        long sortCreated = task.createdAt().getEpochSecond();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inbox_task (task_id, "
                + "process_instance_id, process_key, kind, business_key, task_key, name, form_key, created_at, due_at, "
                + "priority, assignee, case_title, organisation_id, organisation_name, region, call_id, call_title, "
                + "for_organisation, search_text, sort_due, sort_priority, sort_created, owner, delegation, follow_up_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            insert.setString(++i, task.taskId());
            insert.setString(++i, task.processInstanceId());
            insert.setString(++i, task.processKey());
            insert.setString(++i, facts.kind().name());
            insert.setString(++i, task.businessKey());
            insert.setString(++i, task.taskKey());
            insert.setString(++i, task.name());
            insert.setString(++i, task.formKey());
            insert.setObject(++i, utc(task.createdAt()));
            insert.setObject(++i, utc(task.dueAt()));
            insert.setInt(++i, task.priority());
            insert.setString(++i, task.assignee());
            insert.setString(++i, facts.caseTitle());
            insert.setObject(++i, facts.organisationId());
            insert.setString(++i, facts.organisationName());
            insert.setString(++i, facts.region() == null ? null : facts.region().name());
            insert.setObject(++i, facts.callId());
            insert.setString(++i, facts.callTitle());
            insert.setObject(++i, forOrganisation);
            insert.setString(++i, facts.searchText());
            insert.setLong(++i, sortDue);
            insert.setLong(++i, sortPriority);
            insert.setLong(++i, sortCreated);
            insert.setString(++i, task.owner());
            insert.setString(++i, task.delegation());
            insert.setObject(++i, task.followUpOn());
            insert.executeUpdate();
        }
        if (task.assignee() != null || principals.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inbox_offer (principal, task_id, kind, "
                + "organisation_id, for_organisation, region, call_id, search_text, sort_due, sort_priority, "
                + "sort_created, shared) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Set<String> distinct = new LinkedHashSet<>(principals);
            for (String principal : distinct) {
                int i = 0;
                insert.setString(++i, principal);
                insert.setString(++i, task.taskId());
                insert.setString(++i, facts.kind().name());
                insert.setObject(++i, facts.organisationId());
                insert.setObject(++i, forOrganisation);
                insert.setString(++i, facts.region() == null ? null : facts.region().name());
                insert.setObject(++i, facts.callId());
                insert.setString(++i, facts.searchText());
                insert.setLong(++i, sortDue);
                insert.setLong(++i, sortPriority);
                insert.setLong(++i, sortCreated);
                insert.setBoolean(++i, distinct.size() > 1);
                insert.addBatch();
                tally.adding(principal, facts.organisationId(), forOrganisation);
            }
            insert.executeBatch();
        }
    }

    private CaseFacts facts(String processKey, String businessKey) {
        if (processKey == null) {
            return CaseFacts.none();
        }
        for (CaseFactsProvider provider : providers.get()) {
            Optional<CaseFacts> facts = provider.describe(processKey, businessKey);
            if (facts.isPresent()) {
                return facts.get();
            }
        }
        return CaseFacts.none();
    }

    /** Flowable writes java.util.Date through JDBC in the JVM's zone; read back the same way. */
    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }

    private record OpenTask(String taskId, String name, String taskKey, String formKey, Instant createdAt,
            Instant dueAt, int priority, String assignee, String processInstanceId, String processKey,
            String businessKey, String owner, String delegation, LocalDate followUpOn) {
    }
}
