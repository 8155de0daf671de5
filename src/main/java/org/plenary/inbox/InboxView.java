package org.plenary.inbox;

/** The two lists of the inbox: tasks assigned to me, and unclaimed tasks offered to me or my groups. */
public enum InboxView {
    MINE, OFFERED
}
