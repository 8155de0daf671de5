package org.plenary.notifications.application;

/** Fired when messages were written to the outbox; observed after the commit to send them at once. */
public record MailQueued(int messages) {
}
