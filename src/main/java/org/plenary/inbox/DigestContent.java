package org.plenary.inbox;

import java.util.List;

/**
 * What one user's digest tells: how many tasks are new since the last digest, how many are overdue, how many
 * are either (a new task may be overdue already), and the first of them by due date.
 */
public record DigestContent(List<InboxItem> lines, long newTasks, long overdueTasks, long tasks) {

    public boolean isEmpty() {
        return tasks == 0 && newTasks == 0 && overdueTasks == 0;
    }

    /** Tasks the lines leave out. */
    public long notListed() {
        return Math.max(0, tasks - lines.size());
    }
}
