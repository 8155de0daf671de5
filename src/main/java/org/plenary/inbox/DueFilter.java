package org.plenary.inbox;

/** Due-date filters of the inbox. */
public enum DueFilter {
    OVERDUE, THIS_WEEK
}
