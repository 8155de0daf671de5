package org.plenary.inbox.web;

/**
 * The way back from a task's page to the inbox: pages opened from the inbox carry {@code from=inbox}; once
 * their task is done they land on the inbox's next-task panel instead of their own page.
 */
public final class InboxReturn {

    public static final String FROM_INBOX = "inbox";

    private InboxReturn() {
    }

    /** The outcome after a task is done: the role's inbox when the page was opened from it, else {@code stay}. */
    public static String afterDone(String from, String inboxPath, String stay) {
        return FROM_INBOX.equals(from) ? inboxPath + "?faces-redirect=true&next=true" : stay;
    }

    /** A task page's outcome with the way back, for pages of the inbox's roles. */
    static String fromInbox(String outcome) {
        if (outcome == null || !(outcome.startsWith("/secretariat/") || outcome.startsWith("/reviewer/"))) {
            return outcome;
        }
        return outcome + (outcome.contains("?") ? "&" : "?") + "from=" + FROM_INBOX;
    }
}
