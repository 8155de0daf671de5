package org.plenary.grants.application;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A call's budget envelope as approvals take from it. One conditional UPDATE per change: the
 * database row lock orders simultaneous approvals, and the condition refuses whatever would go over,
 * so the approved sum can never exceed the envelope however many approvals arrive at once.
 */
@ApplicationScoped
public class CallEnvelope {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /**
     * Locks the call's row for the rest of the transaction. Called first by whatever will change the
     * envelope: otherwise the shared lock other statements take on the row (foreign-key checks) would
     * have to be upgraded at the UPDATE, and two approvals doing that at once deadlock on MySQL.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(long callId) {
        em.createNativeQuery("SELECT id FROM grant_call WHERE id = ?1 FOR UPDATE").setParameter(1, callId)
                .getResultList();
    }

    /** Takes the amount from the envelope if it fits; false (and nothing changed) if it does not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(long callId, BigDecimal amount) {
        return em.createNativeQuery("UPDATE grant_call SET committed_amount = committed_amount + ?1 "
                + "WHERE id = ?2 AND committed_amount + ?1 <= budget_envelope")
                .setParameter(1, amount).setParameter(2, callId).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void giveBack(long callId, BigDecimal amount) {
        em.createNativeQuery("UPDATE grant_call SET committed_amount = committed_amount - ?1 WHERE id = ?2")
                .setParameter(1, amount).setParameter(2, callId).executeUpdate();
    }

    /** What is committed now, read from the database (not from an entity loaded earlier). */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal committed(long callId) {
        Object value = em.createNativeQuery("SELECT committed_amount FROM grant_call WHERE id = ?1")
                .setParameter(1, callId).getSingleResult();
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
