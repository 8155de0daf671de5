package org.plenary.inbox;

/** How the read model names whom a task is offered to: "g:&lt;group&gt;" or "u:&lt;userId&gt;". */
public final class InboxPrincipal {

    private InboxPrincipal() {
    }

    public static String group(String group) {
        return "g:" + group;
    }

    public static String user(String userId) {
        return "u:" + userId;
    }

    /** The organisation id of an "org-&lt;id&gt;" group, or null. */
    public static Long organisationOf(String group) {
        if (group == null || !group.startsWith(InboxViewer.ORGANISATION_GROUP)) {
            return null;
        }
        try {
            return Long.valueOf(group.substring(InboxViewer.ORGANISATION_GROUP.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
