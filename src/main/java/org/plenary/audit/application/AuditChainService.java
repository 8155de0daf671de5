package org.plenary.audit.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditChainCheck;
import org.plenary.audit.AuditChainHead;
import org.plenary.audit.AuditChainReport;
import org.plenary.audit.AuditChainVerifier;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditEvent;
import org.plenary.audit.AuditSnapshot;
import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.TimeSource;

/** Verifies the audit chain on request (auditor, admin) and on the nightly schedule. */
@ApplicationScoped
public class AuditChainService {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail trail;

    @Inject
    TimeSource time;

    @Transactional
    public AuditChainReport verify() {
        Caller caller = callers.current();
        if (!caller.hasAny(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        return walkChain();
    }

    /** The nightly check: records its result once per process instance (a retried job adds nothing). */
    @Transactional
    public AuditChainCheck recordScheduledCheck(String processInstanceId) {
        List<AuditChainCheck> earlier = em.createQuery(
                "select c from AuditChainCheck c where c.processInstanceId = :p", AuditChainCheck.class)
                .setParameter("p", processInstanceId).getResultList();
        if (!earlier.isEmpty()) {
            return earlier.get(0);
        }
        AuditChainReport report = walkChain();
        AuditChainCheck check = new AuditChainCheck(time.now(), report, processInstanceId);
        em.persist(check);
        trail.record(Caller.system(), new AuditEntry("audit.chain.checked", "AuditChain", processInstanceId, null,
                null, AuditSnapshot.with("intact", report.intact()).and("events", report.eventsChecked())
                        .and("firstBrokenId", report.firstBrokenId()).json()));
        return check;
    }

    @Transactional
    public List<AuditChainCheck> latestChecks(int max) {
        Caller caller = callers.current();
        if (!caller.hasAny(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select c from AuditChainCheck c order by c.id desc", AuditChainCheck.class)
                .setMaxResults(max).getResultList();
    }

    private AuditChainReport walkChain() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        em.refresh(head);
        AuditChainVerifier verifier = new AuditChainVerifier(head.getLastId(), head.getLastHash());
        long after = 0;
        while (true) {
            List<AuditEvent> page = em.createQuery(
                    "select e from AuditEvent e where e.id > :after and e.id <= :last order by e.id", AuditEvent.class)
                    .setParameter("after", after).setParameter("last", head.getLastId())
                    .setMaxResults(PAGE).getResultList();
            for (AuditEvent event : page) {
                if (!verifier.accept(event)) {
                    return verifier.finish();
                }
                after = event.getId();
            }
            em.clear();
            if (page.size() < PAGE) {
                return verifier.finish();
            }
        }
    }
}
