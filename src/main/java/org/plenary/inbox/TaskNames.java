package org.plenary.inbox;

import java.util.Locale;

import org.plenary.platform.web.Messages;

/**
 * A task's name in the reader's language: messages key {@code task.<process key>.<task key>}; the BPMN name
 * when the bundle has none (a process added later without its translations still shows a name).
 */
public final class TaskNames {

    private TaskNames() {
    }

    public static String of(Locale locale, String processKey, String taskKey, String bpmnName) {
        if (processKey == null || taskKey == null) {
            return bpmnName;
        }
        String key = "task." + processKey + "." + taskKey;
        String text = Messages.text(locale, key);
        return key.equals(text) ? bpmnName : text;
    }

    public static String of(Locale locale, InboxItem item) {
        return of(locale, item.processKey(), item.taskKey(), item.name());
    }
}
