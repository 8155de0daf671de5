package org.plenary.inbox;

import org.plenary.identity.Region;
import org.plenary.platform.InvalidInputException;

/** What the user narrows the inbox to; every field is optional. */
public record InboxFilter(InboxKind kind, Long callId, Region region, DueFilter due, String search) {

    public static final int MAX_SEARCH = 100;

    public InboxFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > MAX_SEARCH) {
            throw new InvalidInputException("inbox.searchTooLong", MAX_SEARCH);
        }
    }

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null);
    }
}
