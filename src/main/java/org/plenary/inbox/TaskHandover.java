package org.plenary.inbox;

/**
 * How a domain keeps its own records in step when the inbox gives one of its tasks to another person: a
 * grant review names its reviewer, so the review moves with its task, or the hand-over is refused. The
 * inbox has checked who may take the task (TaskTakers) and calls every implementation that handles the
 * task's form key, in its own transaction, before the task changes hands: a refusal (a translated
 * {@link org.plenary.platform.InvalidInputException}) leaves everything as it was. Implementations are
 * CDI beans, found like {@link TaskCompleter}s.
 */
public interface TaskHandover {

    boolean handles(String formKey, String taskKey);

    /** The secretariat gives the task to that person for good: move what names its assignee, or refuse. */
    void reassign(InboxItem task, long newAssigneeId);

    /**
     * The assignee hands the task to that person for a while (they stay its owner and get it back): refuse
     * when the domain's work on it cannot be shared. Nothing to do by default.
     */
    default void delegate(InboxItem task, long delegateId) {
    }
}
