package org.plenary.audit;

import java.time.Instant;

/** Creates the next event of the chain from its head, and moves the head on. */
public final class AuditEvents {

    private AuditEvents() {
    }

    public static AuditEvent next(AuditChainHead head, Instant now, String actor, String actorRoles, AuditEntry entry) {
        AuditEvent event = new AuditEvent(head.getLastId() + 1, now, actor, actorRoles, entry, head.getLastHash());
        head.advanceTo(event);
        return event;
    }
}
