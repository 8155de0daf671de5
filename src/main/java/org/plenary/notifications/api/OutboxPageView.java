package org.plenary.notifications.api;

import java.util.List;

/** A page of the outbox: where it starts, how many it holds, how many match in all. */
public record OutboxPageView(int first, int size, long total, boolean smtpConfigured,
        List<OutboxMessageView> messages) {
}
