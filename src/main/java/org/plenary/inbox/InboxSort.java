package org.plenary.inbox;

/**
 * The orders the inbox offers, each over one precomputed column so that a page is an index range:
 * due date (tasks without one last), priority (highest first), creation (oldest first).
 */
public enum InboxSort {
    DUE("sort_due"), PRIORITY("sort_priority"), CREATED("sort_created");

    private final String column;

    InboxSort(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
