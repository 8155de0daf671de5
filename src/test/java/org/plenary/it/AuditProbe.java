package org.plenary.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditEvent;
import org.plenary.audit.application.AuditTrail;

/** Test-only bean: appends audit events, and tampers with them the way someone with database access could. */
@ApplicationScoped
public class AuditProbe {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AuditProbe self;

    @Resource
    ManagedExecutorService executor;

    @Transactional
    public long append(String marker) {
        return audit.record(new AuditEntry("it.audit.appended", "Probe", marker, null, null,
                "{\"amount\":\"2500.00 USD\"}")).getId();
    }

    /** threads × perThread appends, each in its own transaction, all at once. */
    public void appendConcurrently(int threads, int perThread, String marker)
            throws InterruptedException, ExecutionException {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(executor.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    self.append(marker);
                }
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
    }

    @Transactional
    public List<Long> idsOf(String marker) {
        return em.createQuery("select e.id from AuditEvent e where e.objectId = :m order by e.id", Long.class)
                .setParameter("m", marker).getResultList();
    }

    @Transactional
    public String afterStateOf(long id) {
        return em.find(AuditEvent.class, id).getAfterState();
    }

    @Transactional
    public void overwriteAfterState(long id, String value) {
        em.createNativeQuery("update audit_event set after_state = ? where id = ?")
                .setParameter(1, value).setParameter(2, id).executeUpdate();
    }

    @Transactional
    public void moveToId(long id, long newId) {
        em.createNativeQuery("update audit_event set id = ? where id = ?")
                .setParameter(1, newId).setParameter(2, id).executeUpdate();
    }
}
