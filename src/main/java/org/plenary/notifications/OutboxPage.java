package org.plenary.notifications;

import java.util.List;

/** One page of the outbox, newest first, with the number of messages that match the filter. */
public record OutboxPage(List<OutboxMessage> messages, long total) {
}
