package org.plenary.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditChainHead;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditEvents;
import org.plenary.audit.AuditEvent;
import org.plenary.identity.Caller;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.TimeSource;

/**
 * Appends events to the audit chain, always inside the transaction of the change they record:
 * if the change rolls back, so does its event.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    TimeSource time;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(AuditEntry entry) {
        return record(callers.current(), entry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(Caller caller, AuditEntry entry) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = AuditEvents.next(head, time.now(), caller.email(), caller.roleKeys(), entry);
        em.persist(event);
        return event;
    }
}
