package org.plenary.inbox.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.inbox.InboxItem;
import org.plenary.inbox.TaskNames;
import org.plenary.inbox.application.TaskBulkActions;
import org.plenary.inbox.application.TaskCollaboration;
import org.plenary.inbox.application.TaskCollaboration.Person;
import org.plenary.inbox.application.TaskCollaboration.TaskComment;
import org.plenary.platform.web.Messages;

/**
 * The inbox's dialogs for one task (assign, delegate, resolve, follow-up date, comments) and the
 * secretariat's bulk actions on the selected rows. Every rule is the services'; this only adapts the screen.
 */
@Named("taskActions")
@ViewScoped
public class TaskActionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskCollaboration collaboration;

    @Inject
    TaskBulkActions bulk;

    @Inject
    InboxBean inbox;

    private InboxItem current;
    private List<Person> people = List.of();
    private Long person;
    private String note;
    private LocalDate followUp;
    private List<TaskComment> comments = List.of();
    private String newComment;

    private List<Person> everyone;
    private Long bulkAssignee;
    private Long awayFrom;
    private Long awayTo;

    /** Prepares the assign or delegate dialog: the people this task may be given to. */
    public void choosePerson(InboxItem item) {
        current = item;
        people = collaboration.assignees(item.taskId());
        person = null;
        note = null;
    }

    public void prepareResolve(InboxItem item) {
        current = item;
        note = null;
    }

    public void prepareFollowUp(InboxItem item) {
        current = item;
        followUp = item.followUpOn();
    }

    public void showComments(InboxItem item) {
        current = item;
        comments = collaboration.comments(item.taskId());
        newComment = null;
    }

    public void assign() {
        collaboration.assign(current.taskId(), person);
        done("inbox.assigned", taskName(), personName());
    }

    public void delegate() {
        collaboration.delegate(current.taskId(), person, note);
        done("inbox.delegated", taskName(), personName());
    }

    public void resolve() {
        collaboration.resolve(current.taskId(), note);
        done("inbox.resolved", taskName());
    }

    public void saveFollowUp() {
        collaboration.followUp(current.taskId(), followUp);
        done("inbox.followUpSaved");
    }

    public void clearFollowUp() {
        followUp = null;
        saveFollowUp();
    }

    public void addComment() {
        collaboration.addComment(current.taskId(), newComment);
        comments = collaboration.comments(current.taskId());
        newComment = null;
        message(FacesMessage.SEVERITY_INFO, "inbox.commentAdded");
    }

    public void assignSelected() {
        report(bulk.assign(selectedIds(), bulkAssignee, locale()));
    }

    public void reassignAll() {
        report(bulk.reassignAll(awayFrom, awayTo, locale()));
    }

    public void assignSuggestedReviewers() {
        report(bulk.assignSuggestedReviewers(selectedIds(), locale()));
    }

    private List<String> selectedIds() {
        return inbox.getSelected().stream().map(InboxItem::taskId).toList();
    }

    /** One summary line, then one line per refused task with its reason. */
    private void report(List<TaskBulkActions.Outcome> outcomes) {
        long done = outcomes.stream().filter(TaskBulkActions.Outcome::done).count();
        message(FacesMessage.SEVERITY_INFO, "inbox.bulk.result", done, outcomes.size() - done);
        for (TaskBulkActions.Outcome outcome : outcomes) {
            if (!outcome.done()) {
                message(FacesMessage.SEVERITY_WARN, "inbox.bulk.refused", label(outcome.taskId()), outcome.reason());
            }
        }
        inbox.refresh();
    }

    /** A refused task as the user knows it: its step and case when it was on the page, else its id. */
    private String label(String taskId) {
        return inbox.getSelected().stream().filter(item -> item.taskId().equals(taskId)).findFirst()
                .map(item -> inbox.taskName(item) + " — " + item.caseTitle()).orElse(taskId);
    }

    private void done(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_INFO, key, arguments);
        inbox.refresh();
    }

    private String taskName() {
        return TaskNames.of(locale(), current);
    }

    private String personName() {
        return people.stream().filter(p -> p.id() == (person == null ? -1 : person)).map(Person::fullName)
                .findFirst().orElse("");
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, Messages.text(faces.getViewRoot().getLocale(), key, arguments),
                null));
    }

    /** Every active person, for the bulk pickers (secretariat). */
    public List<Person> getEveryone() {
        if (everyone == null) {
            everyone = collaboration.people();
        }
        return everyone;
    }

    public InboxItem getCurrent() {
        return current;
    }

    public List<Person> getPeople() {
        return people;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getFollowUp() {
        return followUp;
    }

    public void setFollowUp(LocalDate followUp) {
        this.followUp = followUp;
    }

    public List<TaskComment> getComments() {
        return comments;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public Long getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(Long bulkAssignee) {
        this.bulkAssignee = bulkAssignee;
    }

    public Long getAwayFrom() {
        return awayFrom;
    }

    public void setAwayFrom(Long awayFrom) {
        this.awayFrom = awayFrom;
    }

    public Long getAwayTo() {
        return awayTo;
    }

    public void setAwayTo(Long awayTo) {
        this.awayTo = awayTo;
    }
}
