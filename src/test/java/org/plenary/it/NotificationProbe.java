package org.plenary.it;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;

import org.plenary.identity.User;
import org.plenary.notifications.application.Notifications;
import org.plenary.notifications.infrastructure.OutboxStore;

/**
 * Test-only door to the notifications service, deployed with NotificationsIT: queues a message in a
 * transaction that commits, or that fails after queueing (rollback=true).
 */
@ApplicationScoped
public class NotificationProbe {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    OutboxStore store;

    @Resource
    ManagedExecutorService executor;

    @Transactional
    public void toUser(String email, String template, boolean rollback, Object... args) {
        long userId = em.createQuery("select u.id from User u where u.email = :e", Long.class)
                .setParameter("e", User.normaliseEmail(email)).getSingleResult();
        notifications.toUser(userId, template, args);
        if (rollback) {
            throw new IllegalStateException("the change after the notification failed");
        }
    }

    @Transactional
    public void toGroup(String group, String template, Object... args) {
        notifications.toGroup(group, template, args);
    }

    /** Queues a message that is due only tomorrow, so that the running dispatcher leaves it alone. */
    @Transactional
    public long queueForTomorrow(String email, String marker) {
        toUser(email, "grants.closed", false, marker);
        em.flush();
        em.createNativeQuery("UPDATE notification_outbox SET next_attempt_at = ? WHERE subject LIKE ?")
                .setParameter(1, utc(Instant.now().plusSeconds(86_400))).setParameter(2, "%" + marker + "%")
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT id FROM notification_outbox WHERE subject LIKE ?")
                .setParameter(1, "%" + marker + "%").getSingleResult()).longValue();
    }

    /** Queues a message and marks it FAILED at once, as if every attempt had failed. */
    @Transactional
    public void queueFailed(String email, String marker) {
        long id = queueForTomorrow(email, marker);
        em.createNativeQuery("UPDATE notification_outbox SET status = 'FAILED', attempts = 8,"
                + " last_error = 'it: refused' WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    @Transactional
    public long auditEvents(String action) {
        return em.createQuery("select count(e) from AuditEvent e where e.action = :a", Long.class)
                .setParameter("a", action).getSingleResult();
    }

    /**
     * Two nodes claim the same message at the same moment (two days from now, when it is due). Answers
     * "winners | holder | reclaimed": the nodes whose claim succeeded, the node the row names, and
     * whether, once that claim's lease ran out, the message was due again and a third node claimed it.
     * A claim that fails with a database error counts as lost, as it does for the dispatcher.
     */
    public String claimRace(long id) throws InterruptedException, ExecutionException {
        Instant then = Instant.now().plusSeconds(2 * 86_400);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> claims = new ArrayList<>();
        for (String node : List.of("it-node-a", "it-node-b")) {
            claims.add(executor.submit(() -> {
                start.await();
                try {
                    return store.claim(id, node, then, then.plusSeconds(300)).isPresent() ? node : "";
                } catch (RuntimeException e) {
                    return "";
                }
            }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<String> claim : claims) {
            String winner = claim.get();
            if (!winner.isEmpty()) {
                winners.add(winner);
            }
        }
        String holder = holder(id);
        Instant afterLease = then.plusSeconds(301);
        boolean dueAgain = store.due(afterLease, 1000).contains(id);
        boolean reclaimed = dueAgain && store.claim(id, "it-node-c", afterLease, afterLease.plusSeconds(300))
                .isPresent();
        store.markSent(id, "it-node-c", afterLease);
        return String.join(",", winners) + " | " + holder + " | " + reclaimed;
    }

    @Transactional
    public String holder(long id) {
        Object holder = em.createNativeQuery("SELECT claimed_by FROM notification_outbox WHERE id = ?")
                .setParameter(1, id).getSingleResult();
        return String.valueOf(holder);
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** POST /it-probe/notifications?user=..|group=..&template=..&arg=..&arg=..&rollback=true, or user=..&race=marker */
    @WebServlet("/it-probe/notifications")
    public static class Door extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Inject
        transient NotificationProbe probe;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String[] args = request.getParameterValues("arg");
            Object[] values = args == null ? new Object[0] : args;
            try {
                if (request.getParameter("failed") != null) {
                    probe.queueFailed(request.getParameter("user"), request.getParameter("failed"));
                    response.setStatus(204);
                    return;
                }
                if (request.getParameter("audit") != null) {
                    response.setContentType("text/plain");
                    response.getWriter().write(Long.toString(probe.auditEvents(request.getParameter("audit"))));
                    return;
                }
                if (request.getParameter("race") != null) {
                    long id = probe.queueForTomorrow(request.getParameter("user"), request.getParameter("race"));
                    response.setContentType("text/plain");
                    response.getWriter().write(probe.claimRace(id));
                    return;
                }
                if (request.getParameter("group") != null) {
                    probe.toGroup(request.getParameter("group"), request.getParameter("template"), values);
                } else {
                    probe.toUser(request.getParameter("user"), request.getParameter("template"),
                            Boolean.parseBoolean(request.getParameter("rollback")), values);
                }
                response.setStatus(204);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.setStatus(500);
            } catch (RuntimeException | ExecutionException e) {
                response.setStatus(409);
                for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    response.getWriter().write(t.getClass().getName() + ": " + t.getMessage() + "\n");
                }
            }
        }
    }
}
