package org.plenary.inbox;

/** A task completed through the inbox, and the caller's next task (same case first), if any. */
public record TaskCompletion(String completedTaskId, String nextTaskId) {
}
