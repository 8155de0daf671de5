package org.plenary.notifications.application;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.application.CallerProvider;
import org.plenary.notifications.OutboxMessage;
import org.plenary.notifications.OutboxPage;
import org.plenary.notifications.OutboxStatus;
import org.plenary.notifications.infrastructure.MailSettings;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/**
 * The admin's view of the outbox: what was sent to whom, what waits and what failed. The messages
 * hold personal data, so only admins read them. Reading is not audited; putting failed messages back
 * in the queue is.
 */
@ApplicationScoped
public class OutboxService {

    public static final int LARGEST_PAGE = 200;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    /** Messages newest first; status and recipient (part of the address) filter when given. */
    @Transactional
    public OutboxPage page(OutboxStatus status, String recipient, int first, int size) {
        requireAdmin(callers.current());
        TypedQuery<OutboxMessage> rows = filtered("select m from OutboxMessage m", " order by m.id desc",
                OutboxMessage.class, status, recipient);
        int pageSize = Math.max(1, Math.min(size, LARGEST_PAGE));
        List<OutboxMessage> messages = rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize)
                .getResultList();
        return new OutboxPage(messages, count(status, recipient));
    }

    /** How many messages match the filter. */
    @Transactional
    public long count(OutboxStatus status, String recipient) {
        requireAdmin(callers.current());
        return filtered("select count(m) from OutboxMessage m", "", Long.class, status, recipient).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, Class<T> type, OutboxStatus status,
            String recipient) {
        String where = " where 1 = 1" + (status == null ? "" : " and m.status = :status")
                + (blank(recipient) ? "" : " and lower(m.recipientAddress) like :recipient");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!blank(recipient)) {
            query.setParameter("recipient", "%" + likeEscaped(recipient.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return query;
    }

    @Transactional
    public OutboxMessage get(long id) {
        requireAdmin(callers.current());
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NotFoundException();
        }
        return message;
    }

    /** Puts every FAILED message back in the queue with a fresh count of attempts; returns how many. */
    @Transactional
    public int retryFailed() {
        Caller caller = callers.current();
        requireAdmin(caller);
        List<OutboxMessage> failed = em.createQuery("select m from OutboxMessage m where m.status = :failed",
                OutboxMessage.class).setParameter("failed", OutboxStatus.FAILED).getResultList();
        failed.forEach(message -> message.requeue(time.now()));
        em.flush();
        if (!failed.isEmpty()) {
            audit.record(caller, new AuditEntry("notifications.outbox.retried", "OutboxMessage", "failed", null,
                    null, AuditSnapshot.with("messages", failed.size())
                            .and("ids", failed.stream().map(OutboxMessage::getId).toList().toString()).json()));
        }
        return failed.size();
    }

    /** Whether a mail server is configured; without one, messages stay queued here. */
    public boolean smtpConfigured() {
        return MailSettings.read().smtpConfigured();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String likeEscaped(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
