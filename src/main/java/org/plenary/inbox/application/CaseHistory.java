package org.plenary.inbox.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.plenary.identity.Caller;
import org.plenary.identity.User;
import org.plenary.identity.application.CallerProvider;
import org.plenary.inbox.CaseEvent;
import org.plenary.inbox.InboxViewer;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.NotFoundException;

/**
 * What happened so far in one case, for the page where its current task is worked: each step with who did
 * it and when, and the comments people left on its tasks. Network staff read all of it; anyone else only a
 * case they took part in, with the names of other participants and comments on steps that were not theirs
 * left out (reviewers of one application do not learn each other's identity from its history).
 */
@ApplicationScoped
public class CaseHistory {

    /** Plenty for one case; a runaway loop would otherwise fill the page. */
    static final int MAX_TASKS = 500;

    @Inject
    CallerProvider callers;

    @Inject
    HistoryService history;

    @Inject
    TaskService tasks;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Transactional
    public List<CaseEvent> of(String processInstanceId) {
        if (processInstanceId == null || processInstanceId.isBlank()) {
            return List.of();
        }
        Caller caller = callers.current();
        if (!caller.isUser()) {
            throw new AccessDeniedException();
        }
        InboxViewer viewer = InboxViewer.of(caller);
        List<HistoricTaskInstance> steps = history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricTaskInstanceStartTime().asc()
                .listPage(0, MAX_TASKS);
        if (steps.isEmpty() && history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .count() == 0) {
            throw new NotFoundException();
        }
        Set<String> own = ownTasks(viewer, processInstanceId);
        if (!viewer.networkWide() && own.isEmpty()) {
            throw new AccessDeniedException();
        }
        List<Comment> comments = tasks.getProcessInstanceComments(processInstanceId);
        Map<String, String> names = names(steps, comments);
        String me = viewer.assigneeKey();
        List<CaseEvent> events = new ArrayList<>();
        for (HistoricTaskInstance step : steps) {
            String who = viewer.networkWide() || me.equals(step.getAssignee()) ? names.get(step.getAssignee()) : null;
            String processKey = processKey(step.getProcessDefinitionId());
            if (step.getEndTime() == null) {
                events.add(new CaseEvent(instant(step.getCreateTime()), CaseEvent.Kind.OPEN, processKey,
                        step.getTaskDefinitionKey(), step.getName(), who, null));
            } else {
                CaseEvent.Kind kind = step.getDeleteReason() == null ? CaseEvent.Kind.DONE : CaseEvent.Kind.WITHDRAWN;
                events.add(new CaseEvent(instant(step.getEndTime()), kind, processKey, step.getTaskDefinitionKey(),
                        step.getName(), who, null));
            }
        }
        for (Comment comment : comments) {
            boolean mine = me.equals(comment.getUserId());
            if (viewer.networkWide() || mine || (comment.getTaskId() != null && own.contains(comment.getTaskId()))) {
                String who = viewer.networkWide() || mine ? names.get(comment.getUserId()) : null;
                events.add(new CaseEvent(instant(comment.getTime()), CaseEvent.Kind.COMMENT, null, null, null, who,
                        comment.getFullMessage()));
            }
        }
        events.sort(Comparator.comparing(CaseEvent::at).reversed());
        return events;
    }

    /** The case's tasks the viewer was assigned or offered (as a person or through one of their groups). */
    private Set<String> ownTasks(InboxViewer viewer, String processInstanceId) {
        Set<String> own = new HashSet<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskInvolvedUser(viewer.assigneeKey()).listPage(0, MAX_TASKS)
                .forEach(task -> own.add(task.getId()));
        List<String> groups = viewer.groups().stream()
                .filter(group -> group.startsWith(InboxViewer.ORGANISATION_GROUP)).toList();
        if (!groups.isEmpty()) {
            history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                    .taskCandidateGroupIn(groups).listPage(0, MAX_TASKS).forEach(task -> own.add(task.getId()));
        }
        return own;
    }

    private Map<String, String> names(List<HistoricTaskInstance> steps, List<Comment> comments) {
        Set<Long> ids = new HashSet<>();
        steps.forEach(step -> addId(ids, step.getAssignee()));
        comments.forEach(comment -> addId(ids, comment.getUserId()));
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select u from User u where u.id in :ids", User.class).setParameter("ids", ids)
                    .getResultList().forEach(user -> names.put(user.getId().toString(), user.getFullName()));
        }
        return names;
    }

    private static void addId(Set<Long> ids, String userKey) {
        if (userKey != null && userKey.matches("\\d{1,18}")) {
            ids.add(Long.parseLong(userKey));
        }
    }

    private static String processKey(String processDefinitionId) {
        return processDefinitionId == null ? null : processDefinitionId.split(":", 2)[0];
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? Instant.EPOCH : date.toInstant();
    }
}
