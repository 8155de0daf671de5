package org.plenary.inbox.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.inbox.InboxItem;
import org.plenary.inbox.application.InboxService;

/**
 * The inbox's "next task" panel, shown when the user lands back in the inbox after finishing a task
 * ({@code ?next=true}): the task to work next, opened in one click (claimed first when it is only offered).
 */
@Named("nextTask")
@ViewScoped
public class NextTaskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InboxService inbox;

    private boolean shown;
    private InboxItem next;

    /** viewAction of the inbox pages. */
    public void load() {
        if (shown) {
            next = inbox.next();
        }
    }

    public String open() {
        if (next == null) {
            return null;
        }
        InboxItem task = next.assignee() == null ? inbox.claim(next.taskId()) : next;
        String outcome = InboxForms.outcome(task);
        return outcome == null ? null : outcome + "&faces-redirect=true";
    }

    public boolean isShown() {
        return shown;
    }

    public void setShown(boolean shown) {
        this.shown = shown;
    }

    public InboxItem getNext() {
        return next;
    }
}
