package org.plenary.inbox.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.application.CallerProvider;
import org.plenary.inbox.InboxFilter;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.InboxPage;
import org.plenary.inbox.InboxRequest;
import org.plenary.inbox.InboxSort;
import org.plenary.inbox.InboxView;
import org.plenary.inbox.InboxViewer;
import org.plenary.inbox.infrastructure.InboxQueries;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;
import org.plenary.platform.persistence.PlenaryDataSourceDefinition;

/**
 * The task inbox of the signed-in user, across every process: the tasks assigned to them and the
 * unclaimed tasks offered to them or their groups, never a task of a case they may not see.
 * Claiming goes through here (Flowable checks no permission); two people claiming one task at the
 * same moment get one success and one clear message. Completing a task is the business of the
 * task's own form and service: the inbox only leads there by the form key.
 */
@ApplicationScoped
public class InboxService {

    @Resource(lookup = PlenaryDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CallerProvider callers;

    @Inject
    TaskService tasks;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Transactional
    public InboxPage page(InboxRequest request) {
        InboxViewer viewer = viewer();
        return read(connection -> InboxQueries.page(connection, viewer, request, time.now()));
    }

    /** How many tasks each view holds, for the menu. */
    @Transactional
    public Map<InboxView, Long> counts() {
        InboxViewer viewer = viewer();
        return read(connection -> InboxQueries.counts(connection, viewer, time.now()));
    }

    /**
     * The task to work next, after one is done: the caller's own task due first, else the first task
     * offered to them; null when nothing waits.
     */
    @Transactional
    public InboxItem next() {
        InboxViewer viewer = viewer();
        for (InboxView view : InboxView.values()) {
            InboxPage first = read(connection -> InboxQueries.page(connection, viewer,
                    new InboxRequest(view, InboxFilter.none(), InboxSort.DUE, null, 0, 1, false), time.now()));
            if (!first.items().isEmpty()) {
                return first.items().get(0);
            }
        }
        return null;
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
        InboxItem any = read(connection -> InboxQueries.task(connection, taskId));
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
        try {
            tasks.unclaim(taskId);
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException lostTheRace) {
            throw new ConcurrentChangeException("inbox.taskGone");
        }
        record(caller, "inbox.task.unclaimed", item, viewer.assigneeKey(), null);
        return item;
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
        return read(connection -> InboxQueries.visibleTask(connection, viewer, taskId));
    }

    private <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the inbox", e);
        }
    }

    private interface SqlWork<T> {
        T on(Connection connection) throws SQLException;
    }

    private InboxViewer viewer() {
        return viewer(callers.current());
    }

    private static InboxViewer viewer(Caller caller) {
        if (!caller.isUser()) {
            throw new AccessDeniedException();
        }
        return InboxViewer.of(caller);
    }

    private void record(Caller caller, String action, InboxItem item, String assigneeBefore, String assigneeAfter) {
        audit.record(caller, new AuditEntry(action, "Task", item.taskId(), item.organisationId(),
                AuditSnapshot.with("assignee", assigneeBefore).and("taskKey", item.taskKey()).json(),
                AuditSnapshot.with("assignee", assigneeAfter).and("taskKey", item.taskKey())
                        .and("businessKey", item.businessKey()).json()));
    }
}
