package org.plenary.inbox.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.application.CallerProvider;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.InboxPage;
import org.plenary.inbox.InboxRequest;
import org.plenary.inbox.InboxView;
import org.plenary.inbox.InboxViewer;
import org.plenary.inbox.TaskCompleter;
import org.plenary.inbox.TaskCompletion;
import org.plenary.inbox.infrastructure.InboxQueries;
import org.plenary.inbox.infrastructure.InboxSql;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/**
 * The task inbox of the signed-in user, across every process: the tasks assigned to them and the
 * unclaimed tasks offered to them or their groups, never a task of a case they may not see.
 * Claiming goes through here (Flowable checks no permission); two people claiming one task at the
 * same moment get one success and one clear message. Completing a task is the business of the
 * task's own form and service: the inbox leads there by the form key, or (REST) hands the form's fields
 * to the domain's {@link TaskCompleter}.
 */
@ApplicationScoped
public class InboxService {

    @Inject
    InboxSql sql;

    @Inject
    CallerProvider callers;

    @Inject
    TaskService tasks;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    HistoryService history;

    @Inject
    InboxViewers viewers;

    @Inject
    @Any
    Instance<TaskCompleter> completers;

    /*
     * Reads only, at READ COMMITTED: a transaction of their own would add nothing but three round trips
     * (autocommit off, commit, autocommit on) to the busiest call; they join the caller's when there is one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InboxPage page(InboxRequest request) {
        Caller caller = callers.current();
        return sql.run(connection -> InboxQueries.page(connection, viewer(connection, caller), request, time.now()));
    }

    /** How many tasks each view holds, for the menu. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<InboxView, Long> counts() {
        Caller caller = callers.current();
        return sql.run(connection -> InboxQueries.counts(connection, viewer(connection, caller), time.now()));
    }

    /**
     * The task to work next after {@code afterTaskId} (may be null): an open task of the same case the caller
     * may see, else the caller's own task due first, else the first task offered to them; null when nothing waits.
     */
    @Transactional
    public InboxItem next(String afterTaskId) {
        InboxViewer viewer = viewer();
        String processInstanceId = null;
        if (afterTaskId != null && !afterTaskId.isBlank() && afterTaskId.length() <= 64) {
            HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(afterTaskId).singleResult();
            processInstanceId = done == null ? null : done.getProcessInstanceId();
        }
        return next(viewer, processInstanceId, afterTaskId);
    }

    /** One task the caller may see (assigned to them or offered to them), or 404. */
    @Transactional
    public InboxItem task(String taskId) {
        return visible(viewer(), taskId);
    }

    @Transactional
    public InboxItem claim(String taskId) {
        Caller caller = callers.current();
        InboxViewer viewer = viewer(caller);
        InboxItem item = find(viewer, taskId);
        if (item == null) {
            throw claimedByOther(viewer, taskId) ? new ConcurrentChangeException("inbox.taskTaken")
                    : new NotFoundException();
        }
        if (viewer.assigneeKey().equals(item.assignee())) {
            return item;
        }
        try {
            tasks.claim(taskId, viewer.assigneeKey());
        } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException
                | FlowableObjectNotFoundException lostTheRace) {
            throw new ConcurrentChangeException("inbox.taskTaken");
        }
        record(caller, "inbox.task.claimed", item, null, viewer.assigneeKey());
        return find(viewer, taskId);
    }

    /** The task was offered to the viewer, may be seen by them, and someone else has it now. */
    private boolean claimedByOther(InboxViewer viewer, String taskId) {
        InboxItem any = sql.run(connection -> InboxQueries.task(connection, taskId));
        if (any == null || any.assignee() == null) {
            return false;
        }
        List<IdentityLink> candidates = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        boolean offered = candidates.stream().anyMatch(link -> viewer.groups().contains(link.getGroupId())
                || viewer.assigneeKey().equals(link.getUserId()));
        String ownGroup = InboxViewer.ORGANISATION_GROUP + viewer.organisationId();
        boolean toOwnOrganisation = candidates.stream().anyMatch(link -> ownGroup.equals(link.getGroupId()));
        return offered && viewer.maySee(any.organisationId(), toOwnOrganisation ? viewer.organisationId() : null);
    }

    /** Gives a task back to its groups; only its assignee may. */
    @Transactional
    public InboxItem unclaim(String taskId) {
        Caller caller = callers.current();
        InboxViewer viewer = viewer(caller);
        InboxItem item = visible(viewer, taskId);
        if (!viewer.assigneeKey().equals(item.assignee())) {
            throw new InvalidInputException("inbox.notYours");
        }
        if (item.delegated()) {
            throw new InvalidInputException("inbox.resolveFirst");
        }
        if (tasks.getIdentityLinksForTask(taskId).stream().noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))) {
            // given by name (a review): given back, it would be offered to nobody and vanish from every inbox
            throw new InvalidInputException("inbox.nobodyToGiveBackTo");
        }
        try {
            tasks.unclaim(taskId);
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException lostTheRace) {
            throw new ConcurrentChangeException("inbox.taskGone");
        }
        record(caller, "inbox.task.unclaimed", item, viewer.assigneeKey(), null);
        return item;
    }

    /**
     * Completes a task with its form's fields, by the domain that owns its form key. The caller must be its
     * assignee or may take it: an unclaimed task is claimed first, in the same transaction, so that of two
     * people completing it at once (or one claiming it) the second waits for the first and then gets a
     * clear 409, never a second completion.
     */
    @Transactional
    public TaskCompletion complete(String taskId, JsonObject form) {
        Caller caller = callers.current();
        InboxViewer viewer = viewer(caller);
        InboxItem item = find(viewer, taskId);
        if (item == null) {
            throw wasOffered(viewer, taskId) ? new ConcurrentChangeException("inbox.taskGone")
                    : claimedByOther(viewer, taskId) ? new ConcurrentChangeException("inbox.taskTaken")
                    : new NotFoundException();
        }
        TaskCompleter completer = completers.stream().filter(c -> c.handles(item.formKey(), item.taskKey()))
                .findFirst().orElseThrow(() -> new InvalidInputException("inbox.completeElsewhere"));
        if (form == null) {
            throw new InvalidInputException("error.bodyRequired");
        }
        try {
            if (item.assignee() == null) {
                tasks.claim(taskId, viewer.assigneeKey());
            }
            completer.complete(item, form);
        } catch (FlowableTaskAlreadyClaimedException taken) {
            throw new ConcurrentChangeException("inbox.taskTaken");
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException lostTheRace) {
            throw new ConcurrentChangeException(stillOpen(taskId) ? "inbox.taskTaken" : "inbox.taskGone");
        }
        InboxItem next = next(viewer, item.processInstanceId(), taskId);
        return new TaskCompletion(taskId, next == null ? null : next.taskId());
    }

    private boolean stillOpen(String taskId) {
        try {
            return tasks.createTaskQuery().taskId(taskId).count() > 0;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** A task this viewer was offered or assigned that is finished now (someone completed it first). */
    private boolean wasOffered(InboxViewer viewer, String taskId) {
        List<HistoricTaskInstance> finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().list();
        if (finished.isEmpty()) {
            return false;
        }
        return viewer.assigneeKey().equals(finished.get(0).getAssignee())
                || history.getHistoricIdentityLinksForTask(taskId).stream().anyMatch(link -> link.getGroupId() != null
                        && viewer.groups().contains(link.getGroupId()) || viewer.assigneeKey().equals(link.getUserId()));
    }

    /** The viewer's next task: an open one of the same case first, else the first assigned to them, else the first offered. */
    private InboxItem next(InboxViewer viewer, String processInstanceId, String doneTaskId) {
        if (processInstanceId != null) {
            InboxItem sameCase = sql.run(connection -> InboxQueries.firstVisibleOfProcess(connection, viewer,
                    processInstanceId, doneTaskId));
            if (sameCase != null) {
                return sameCase;
            }
        }
        for (InboxView view : InboxView.values()) {
            List<InboxItem> first = sql.run(connection -> InboxQueries.page(connection, viewer,
                    new InboxRequest(view, null, null, null, 0, 2, false), time.now())).items();
            for (InboxItem item : first) {
                if (!item.taskId().equals(doneTaskId)) {
                    return item;
                }
            }
        }
        return null;
    }

    private InboxItem visible(InboxViewer viewer, String taskId) {
        InboxItem item = find(viewer, taskId);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    private InboxItem find(InboxViewer viewer, String taskId) {
        if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
            throw new NotFoundException();
        }
        return sql.run(connection -> InboxQueries.visibleTask(connection, viewer, taskId));
    }

    private InboxViewer viewer() {
        return viewer(callers.current());
    }

    /** The caller's viewer with the groups routed to them; refused to anyone but a signed-in user. */
    private InboxViewer viewer(Caller caller) {
        return sql.run(connection -> viewer(connection, caller));
    }

    private InboxViewer viewer(Connection connection, Caller caller) throws SQLException {
        if (!caller.isUser()) {
            throw new AccessDeniedException();
        }
        return viewers.of(connection, caller);
    }

    private void record(Caller caller, String action, InboxItem item, String assigneeBefore, String assigneeAfter) {
        audit.record(caller, new AuditEntry(action, "Task", item.taskId(), item.organisationId(),
                AuditSnapshot.with("assignee", assigneeBefore).and("taskKey", item.taskKey()).json(),
                AuditSnapshot.with("assignee", assigneeAfter).and("taskKey", item.taskKey())
                        .and("businessKey", item.businessKey()).json()));
    }
}
