package org.plenary.inbox;

import org.plenary.platform.InvalidInputException;

/** Where a page ended: the sort value and the task id of its last row, as "value:taskId". */
public record InboxCursor(long sortValue, String taskId) {

    public static InboxCursor parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1 || text.length() > 100) {
            throw new InvalidInputException("inbox.pageInvalid", InboxRequest.MAX_LIMIT);
        }
        try {
            return new InboxCursor(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("inbox.pageInvalid", InboxRequest.MAX_LIMIT);
        }
    }

    @Override
    public String toString() {
        return sortValue + ":" + taskId;
    }
}
