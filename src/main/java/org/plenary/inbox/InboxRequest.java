package org.plenary.inbox;

import org.plenary.platform.InvalidInputException;

/**
 * Which page the user wants: a view, filters, an order, and either a cursor from the previous page
 * (keyset paging: every page costs the same) or an offset (for a paginator jumping to page n).
 */
public record InboxRequest(InboxView view, InboxFilter filter, InboxSort sort, String cursor, int offset, int limit,
        boolean withTotal) {

    public static final int MAX_LIMIT = 200;
    public static final int MAX_OFFSET = 100_000;

    public InboxRequest {
        view = view == null ? InboxView.OFFERED : view;
        filter = filter == null ? InboxFilter.none() : filter;
        sort = sort == null ? InboxSort.DUE : sort;
        if (limit < 1 || limit > MAX_LIMIT || offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidInputException("inbox.pageInvalid", MAX_LIMIT);
        }
        if (cursor != null && offset > 0) {
            throw new InvalidInputException("inbox.pageInvalid", MAX_LIMIT);
        }
        if (cursor != null) {
            InboxCursor.parse(cursor);
        }
    }

    public static InboxRequest firstPage(InboxView view, InboxFilter filter, InboxSort sort, int limit) {
        return new InboxRequest(view, filter, sort, null, 0, limit, true);
    }
}
