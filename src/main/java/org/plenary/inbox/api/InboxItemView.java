package org.plenary.inbox.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.plenary.inbox.InboxItem;
import org.plenary.inbox.TaskNames;

/** One task of the inbox as the API shows it. */
public record InboxItemView(String taskId, String kind, String processKey, String businessKey, String taskKey,
        String name, String formKey, Instant createdAt, Instant dueAt, int priority, String assignee, String caseTitle,
        Long organisationId, String organisationName, String region, Long callId, String callTitle, String owner,
        String delegationState, LocalDate followUpOn) {

    /** With the task's name in the reader's language (Accept-Language). */
    public static InboxItemView of(InboxItem item, Locale locale) {
        return new InboxItemView(item.taskId(), item.kind().name(), item.processKey(), item.businessKey(), item.taskKey(),
                TaskNames.of(locale, item), item.formKey(), item.createdAt(), item.dueAt(), item.priority(), item.assignee(),
                item.caseTitle(), item.organisationId(), item.organisationName(),
                item.region() == null ? null : item.region().name(), item.callId(), item.callTitle(), item.owner(),
                item.delegationState(), item.followUpOn());
    }
}
