package org.plenary.inbox;

import java.time.Instant;

import org.plenary.identity.Region;

/** One open task as the inbox lists it. */
public record InboxItem(String taskId, String processInstanceId, String processKey, InboxKind kind, String businessKey,
        String taskKey, String name, String formKey, Instant createdAt, Instant dueAt, int priority, String assignee,
        String caseTitle, Long organisationId, String organisationName, Region region, Long callId, String callTitle) {

    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
