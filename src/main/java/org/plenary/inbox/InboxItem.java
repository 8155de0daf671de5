package org.plenary.inbox;

import java.time.Instant;
import java.time.LocalDate;

import org.plenary.identity.Region;

/**
 * One open task as the inbox lists it; owner and delegation state while it is (or was) delegated, and the
 * follow-up date someone set on it.
 */
public record InboxItem(String taskId, String processInstanceId, String processKey, InboxKind kind, String businessKey,
        String taskKey, String name, String formKey, Instant createdAt, Instant dueAt, int priority, String assignee,
        String caseTitle, Long organisationId, String organisationName, Region region, Long callId, String callTitle,
        String owner, String delegationState, LocalDate followUpOn) {

    /** Delegated to its assignee and not yet resolved: the owner gets it back when the delegate resolves it. */
    public boolean delegated() {
        return "PENDING".equals(delegationState);
    }

    /** Worked by a delegate and given back to its owner. */
    public boolean resolved() {
        return "RESOLVED".equals(delegationState);
    }

    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
