package org.plenary.inbox;

import jakarta.json.JsonObject;

/**
 * How a domain completes its own tasks for the inbox's REST view: the inbox checks who may see and take
 * the task, then hands the form's fields to the domain that owns the task's form key, which calls the
 * same service its own pages and endpoints call (the rules live there, not here). Implementations are
 * CDI beans; the inbox finds them by {@link #handles}.
 */
public interface TaskCompleter {

    boolean handles(String formKey, String taskKey);

    /** Completes the task with the form's fields, in the caller's transaction; refuses as the domain's service does. */
    void complete(InboxItem task, JsonObject form);
}
