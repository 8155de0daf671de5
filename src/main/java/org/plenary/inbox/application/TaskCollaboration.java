package org.plenary.inbox.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.TaskService;
import org.flowable.engine.task.Comment;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.identity.application.CallerProvider;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.InboxViewer;
import org.plenary.inbox.TaskHandover;
import org.plenary.inbox.TaskTakers;
import org.plenary.inbox.infrastructure.InboxProjection;
import org.plenary.inbox.infrastructure.InboxQueries;
import org.plenary.inbox.infrastructure.InboxSql;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/**
 * Working on a task together: the secretariat gives a task to a named person; its assignee delegates it
 * with a note and gets it back resolved; anyone who may see it sets a follow-up date and leaves comments
 * for the next person. Comments are Flowable comments on the task and its process instance, so that the
 * case's history keeps them after the task changes hands. Nobody is given a task they could not take
 * themselves or a case they may not see (TaskTakers).
 */
@ApplicationScoped
public class TaskCollaboration {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_PEOPLE = 500;
    /** Who works tasks assigned to a person by the process, by form key (no candidates to compare with). */
    private static final Map<String, String> PERSONAL_TASK_ROLES = Map.of("grants/review", Role.REVIEWER.key());

    /** Someone a task may be given to. */
    public record Person(long id, String fullName, String organisationName) implements Serializable {
        static Person of(User user) {
            return new Person(user.getId(), user.getFullName(), user.getOrganisation().getName());
        }
    }

    /** A comment on a task, with its author's name. */
    public record TaskComment(String id, Long authorId, String authorName, Instant at, String text)
            implements Serializable {
    }

    @Inject
    InboxSql sql;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    TaskService tasks;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    @Any
    Instance<TaskHandover> handovers;

    @Inject
    InboxViewers viewers;

    /** The secretariat gives an open task to a person (or to another person than its assignee). */
    @Transactional
    public InboxItem assign(String taskId, Long assigneeId) {
        Caller caller = secretariat();
        InboxItem item = open(taskId);
        if (item.delegated()) {
            throw new InvalidInputException("inbox.assign.delegated");
        }
        User person = taker(item, assigneeId);
        String key = person.getId().toString();
        if (key.equals(item.assignee())) {
            return item;
        }
        handovers(item).forEach(handover -> handover.reassign(item, person.getId()));
        try {
            tasks.setAssignee(taskId, key);
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException lostTheRace) {
            throw new ConcurrentChangeException("inbox.taskGone");
        }
        record(caller, "inbox.task.assigned", item, AuditSnapshot.with("assignee", item.assignee()),
                AuditSnapshot.with("assignee", key));
        return open(taskId);
    }

    /** The task's assignee hands it to a person for a while; they stay its owner and get it back resolved. */
    @Transactional
    public InboxItem delegate(String taskId, Long delegateId, String note) {
        Caller caller = user();
        InboxItem item = visible(caller, taskId);
        if (!caller.userId().toString().equals(item.assignee())) {
            throw new InvalidInputException("inbox.delegate.notAssignee");
        }
        if (item.delegated()) {
            throw new InvalidInputException("inbox.delegate.alreadyDelegated");
        }
        String text = note(note, false);
        User person = taker(item, delegateId);
        if (person.getId().equals(caller.userId())) {
            throw new InvalidInputException("inbox.delegate.self");
        }
        handovers(item).forEach(handover -> handover.delegate(item, person.getId()));
        try {
            tasks.delegateTask(taskId, person.getId().toString());
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException lostTheRace) {
            throw new ConcurrentChangeException("inbox.taskGone");
        }
        if (text != null) {
            comment(caller, item, text);
        }
        record(caller, "inbox.task.delegated", item, AuditSnapshot.with("assignee", item.assignee()),
                AuditSnapshot.with("assignee", person.getId().toString()).and("owner", item.assignee()));
        return open(taskId);
    }

    /** The delegate gives the task back to its owner, with a note the owner reads in the comments. */
    @Transactional
    public InboxItem resolve(String taskId, String note) {
        Caller caller = user();
        InboxItem item = visible(caller, taskId);
        if (!item.delegated() || !caller.userId().toString().equals(item.assignee())) {
            throw new InvalidInputException("inbox.resolve.notDelegate");
        }
        String text = note(note, false);
        if (text != null) {
            comment(caller, item, text);
        }
        try {
            tasks.resolveTask(taskId);
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException lostTheRace) {
            throw new ConcurrentChangeException("inbox.taskGone");
        }
        record(caller, "inbox.task.resolved", item, AuditSnapshot.with("assignee", item.assignee()),
                AuditSnapshot.with("assignee", item.owner()));
        return open(taskId);
    }

    /** Sets (or, with null, clears) the day someone should look at the task again. */
    @Transactional
    public InboxItem followUp(String taskId, LocalDate date) {
        Caller caller = user();
        InboxItem item = visible(caller, taskId);
        if (date != null && date.isBefore(LocalDate.ofInstant(time.now(), ZoneOffset.UTC))) {
            throw new InvalidInputException("inbox.followUpPast");
        }
        try {
            if (date == null) {
                tasks.removeVariableLocal(taskId, InboxProjection.FOLLOW_UP);
            } else {
                tasks.setVariableLocal(taskId, InboxProjection.FOLLOW_UP, date.toString());
            }
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException lostTheRace) {
            throw new ConcurrentChangeException("inbox.taskGone");
        }
        record(caller, "inbox.task.follow-up", item, AuditSnapshot.with("followUpOn", item.followUpOn()),
                AuditSnapshot.with("followUpOn", date));
        return open(taskId);
    }

    /** The task's comments, oldest first, for anyone who may see the task. */
    @Transactional
    public List<TaskComment> comments(String taskId) {
        visible(user(), taskId);
        List<Comment> comments = tasks.getTaskComments(taskId).stream()
                .sorted(Comparator.comparing(Comment::getTime).thenComparing(Comment::getId)).toList();
        Map<Long, String> names = new HashMap<>();
        return comments.stream().map(comment -> {
            Long author = userId(comment.getUserId());
            String name = author == null ? null : names.computeIfAbsent(author, id -> {
                User user = em.find(User.class, id);
                return user == null ? null : user.getFullName();
            });
            return new TaskComment(comment.getId(), author, name, comment.getTime().toInstant(),
                    comment.getFullMessage());
        }).toList();
    }

    @Transactional
    public TaskComment addComment(String taskId, String text) {
        Caller caller = user();
        InboxItem item = visible(caller, taskId);
        String body = note(text, true);
        Comment comment = comment(caller, item, body);
        audit.record(caller, new AuditEntry("inbox.task.commented", "Task", item.taskId(), item.organisationId(), null,
                AuditSnapshot.with("comment", comment.getId()).and("taskKey", item.taskKey())
                        .and("businessKey", item.businessKey()).json()));
        User author = em.find(User.class, caller.userId());
        return new TaskComment(comment.getId(), caller.userId(), author == null ? null : author.getFullName(),
                comment.getTime().toInstant(), body);
    }

    /**
     * The people the task may be given to, by name: for the secretariat's assignment and for the assignee's
     * delegation (the caller must see the task).
     */
    @Transactional
    public List<Person> assignees(String taskId) {
        Caller caller = user();
        InboxItem item = caller.has(Role.SECRETARIAT) ? open(taskId) : visible(caller, taskId);
        Candidates candidates = candidates(item);
        return em.createQuery("select u from User u join fetch u.organisation where u.active = true "
                + "order by u.fullName, u.id", User.class).getResultStream()
                .filter(user -> candidates.refusal(user, item) == null).limit(MAX_PEOPLE).map(Person::of).toList();
    }

    /** Every active person by name, for the secretariat's bulk pickers (the rules are checked per task). */
    @Transactional
    public List<Person> people() {
        secretariat();
        return em.createQuery("select u from User u join fetch u.organisation where u.active = true "
                + "order by u.fullName, u.id", User.class).setMaxResults(MAX_PEOPLE * 4).getResultStream()
                .map(Person::of).toList();
    }

    /** A person's name for the screen (owner of a delegated task), or null. */
    @Transactional
    public String fullName(String userKey) {
        user();
        Long id = userId(userKey);
        User user = id == null ? null : em.find(User.class, id);
        return user == null ? null : user.getFullName();
    }

    /** The open tasks assigned to that person, for reassigning the work of someone who is away (secretariat). */
    @Transactional
    public List<String> assignedTo(Long userId, int limit) {
        secretariat();
        if (userId == null || em.find(User.class, userId) == null) {
            throw new InvalidInputException("inbox.assign.unknownPerson");
        }
        return sql.run(connection -> InboxQueries.assignedTo(connection, userId.toString(), limit));
    }

    /** An open task of the read model whoever may see it (the secretariat sees every case), or 404. */
    @Transactional
    public InboxItem openTask(String taskId) {
        secretariat();
        return open(taskId);
    }

    /** Only the secretariat gives tasks to people and acts on many tasks at once. */
    public Caller secretariat() {
        Caller caller = callers.current();
        if (!caller.isUser() || !caller.has(Role.SECRETARIAT)) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    private Caller user() {
        Caller caller = callers.current();
        if (!caller.isUser()) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    private Comment comment(Caller caller, InboxItem item, String text) {
        String before = Authentication.getAuthenticatedUserId();
        Authentication.setAuthenticatedUserId(caller.userId().toString());
        try {
            return tasks.addComment(item.taskId(), item.processInstanceId(), text);
        } catch (FlowableObjectNotFoundException gone) {
            throw new ConcurrentChangeException("inbox.taskGone");
        } finally {
            Authentication.setAuthenticatedUserId(before);
        }
    }

    private static String note(String text, boolean required) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            if (required) {
                throw new InvalidInputException("inbox.commentEmpty");
            }
            return null;
        }
        if (stripped.length() > MAX_NOTE) {
            throw new InvalidInputException("inbox.noteTooLong", MAX_NOTE);
        }
        return stripped;
    }

    /** The person, if the task may be given to them. */
    private User taker(InboxItem item, Long userId) {
        User person = userId == null ? null : em.find(User.class, userId);
        if (person == null || !person.isActive()) {
            throw new InvalidInputException("inbox.assign.unknownPerson");
        }
        String refusal = candidates(item).refusal(person, item);
        if (refusal != null) {
            throw new InvalidInputException(refusal, person.getFullName());
        }
        return person;
    }

    /** The domains that keep records naming the task's assignee (a grant review names its reviewer). */
    private List<TaskHandover> handovers(InboxItem item) {
        return handovers.stream().filter(handover -> handover.handles(item.formKey(), item.taskKey())).toList();
    }

    private Candidates candidates(InboxItem item) {
        List<IdentityLink> links;
        try {
            links = tasks.getIdentityLinksForTask(item.taskId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        } catch (FlowableObjectNotFoundException gone) {
            throw new ConcurrentChangeException("inbox.taskGone");
        }
        return new Candidates(
                links.stream().map(IdentityLink::getGroupId).filter(g -> g != null).collect(Collectors.toSet()),
                links.stream().map(IdentityLink::getUserId).filter(u -> u != null).collect(Collectors.toSet()));
    }

    private record Candidates(Set<String> groups, Set<String> users) {
        String refusal(User user, InboxItem item) {
            return TaskTakers.refusal(InboxViewer.of(Caller.of(user)), groups, users,
                    item.formKey() == null ? null : PERSONAL_TASK_ROLES.get(item.formKey()), item.organisationId());
        }
    }

    private InboxItem open(String taskId) {
        InboxItem item = valid(taskId) ? sql.run(connection -> InboxQueries.task(connection, taskId)) : null;
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    private InboxItem visible(Caller caller, String taskId) {
        InboxItem item = valid(taskId) ? sql.run(connection -> InboxQueries.visibleTask(connection,
                viewers.of(connection, caller), taskId)) : null;
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    private static boolean valid(String taskId) {
        return taskId != null && !taskId.isBlank() && taskId.length() <= 64;
    }

    private static Long userId(String key) {
        try {
            return key == null ? null : Long.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void record(Caller caller, String action, InboxItem item, AuditSnapshot before, AuditSnapshot after) {
        audit.record(caller, new AuditEntry(action, "Task", item.taskId(), item.organisationId(),
                before.and("taskKey", item.taskKey()).json(),
                after.and("taskKey", item.taskKey()).and("businessKey", item.businessKey()).json()));
    }
}
