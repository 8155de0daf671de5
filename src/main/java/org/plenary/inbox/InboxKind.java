package org.plenary.inbox;

/** Which kind of case a task belongs to: the inbox filters on it. */
public enum InboxKind {
    GRANT, CONSULTATION, SPEAKERS, OTHER
}
