package org.plenary.inbox;

import java.util.Locale;

import org.plenary.identity.Region;

/**
 * The key facts of the case behind a task, copied into the inbox so that it can filter and search
 * without asking each domain: what the case is called, whose it is (a reviewer never sees a case
 * of their own organisation), where, and for which call or event.
 */
public record CaseFacts(InboxKind kind, String caseTitle, Long organisationId, String organisationName,
        Region region, Long callId, String callTitle) {

    public static CaseFacts none() {
        return new CaseFacts(InboxKind.OTHER, null, null, null, null, null, null);
    }

    /** What a search looks in: the case title and the organisation's name, lower case. */
    public String searchText() {
        String text = ((caseTitle == null ? "" : caseTitle) + " | " + (organisationName == null ? "" : organisationName))
                .toLowerCase(Locale.ROOT);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
