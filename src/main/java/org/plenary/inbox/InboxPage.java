package org.plenary.inbox;

import java.util.List;

/** One page of the inbox, the total of the whole list, and the cursor of the next page (null at the end). */
public record InboxPage(List<InboxItem> items, long total, String nextCursor) {
}
