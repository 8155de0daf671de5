package org.plenary.notifications.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.plenary.notifications.OutboxMessage;
import org.plenary.notifications.application.MailQueued;
import org.plenary.platform.TimeSource;

/**
 * Sends what the outbox holds: every few seconds, and at once after a transaction that queued mail
 * commits. Each message is claimed, sent outside any transaction, then marked SENT, or put back with
 * a growing wait, or marked FAILED after the last attempt. Without an SMTP host nothing is claimed:
 * messages wait, QUEUED, for an admin to read or for a mail server to be configured. Logs name the
 * message id and the kind of failure only, never addresses, subjects or bodies.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 20;
    private static final int BATCHES_PER_RUN = 10;
    /** How long a node keeps its claim while sending; after that another node may take the message. */
    private static final long LEASE_SECONDS = 300;

    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 18);
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean reportedUnconfigured;
    private ScheduledFuture<?> schedule;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxStore store;

    @Inject
    SmtpSender sender;

    @Inject
    TimeSource time;

    /** Starts the periodic run; called once the web module is up (never during deployment). */
    public synchronized void start(long initialDelaySeconds) {
        if (schedule != null) {
            return;
        }
        long interval = Math.max(1, MailSettings.read().dispatchIntervalSeconds());
        schedule = executor.scheduleWithFixedDelay(this::runQuietly, initialDelaySeconds, interval, TimeUnit.SECONDS);
        started = true;
    }

    public synchronized void stop() {
        started = false;
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    /** After a commit that queued mail: send now rather than at the next tick. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (started) {
            try {
                executor.execute(this::runQuietly);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "could not nudge the outbox dispatcher; the next tick sends", e);
            }
        }
    }

    private void runQuietly() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the outbox dispatcher failed; it tries again at the next tick", e);
        }
    }

    /** Sends the due messages; a run asked for while another runs on this node makes that one go on. */
    public void dispatchDue() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                MailSettings settings = MailSettings.read();
                if (!settings.smtpConfigured()) {
                    if (!reportedUnconfigured) {
                        LOG.info("No SMTP host configured (plenary.mail.smtp.host): e-mail notifications stay queued"
                                + " in the outbox, where admins can read them.");
                        reportedUnconfigured = true;
                    }
                    return;
                }
                reportedUnconfigured = false;
                for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
                    List<Long> due = store.due(time.now(), BATCH);
                    for (Long id : due) {
                        send(settings, id);
                    }
                    if (due.size() < BATCH) {
                        break;
                    }
                }
            } while (again.get());
        } finally {
            running.set(false);
        }
    }

    private void send(MailSettings settings, long id) {
        Instant now = time.now();
        Optional<OutboxStore.Claimed> claimed;
        try {
            claimed = store.claim(id, node, now, now.plusSeconds(LEASE_SECONDS));
        } catch (RuntimeException e) {
            // another node's claim won a lock conflict (a deadlock victim, say): the row is as it was
            LOG.fine(() -> "Outbox message " + id + " not claimed this time (" + e.getClass().getSimpleName() + ")");
            return;
        }
        if (claimed.isEmpty()) {
            return;
        }
        OutboxStore.Claimed mail = claimed.get();
        try {
            sender.send(settings, mail);
        } catch (Exception e) {
            String error = describe(e);
            if (mail.attempts() >= settings.maxAttempts()) {
                record(id, () -> store.markAttemptFailed(id, node, error, null));
                LOG.warning(() -> "Outbox message " + id + " FAILED after " + mail.attempts() + " attempts ("
                        + e.getClass().getSimpleName() + "); an admin can retry it from the outbox");
            } else {
                long wait = settings.retryDelaySeconds(mail.attempts());
                record(id, () -> store.markAttemptFailed(id, node, error, time.now().plusSeconds(wait)));
                LOG.fine(() -> "Outbox message " + id + ": attempt " + mail.attempts() + " failed ("
                        + e.getClass().getSimpleName() + "); next try in " + wait + " s");
            }
            return;
        }
        record(id, () -> store.markSent(id, node, time.now()));
    }

    /** Writes an outcome, trying again on a passing database conflict; the claim's lease covers the rest. */
    private static void record(long id, Runnable write) {
        for (int attempt = 1;; attempt++) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    LOG.warning(() -> "Outbox message " + id + ": its outcome could not be recorded ("
                            + e.getClass().getSimpleName() + "); it goes back to the queue when its claim expires");
                    return;
                }
            }
        }
    }

    /** The failure as the admin reads it in the outbox: kind and the server's answer, cut to the column. */
    static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (cause == e ? "" : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
        text = text.replaceAll("[\\r\\n]+", " ");
        return text.length() > OutboxMessage.ERROR_LENGTH ? text.substring(0, OutboxMessage.ERROR_LENGTH) : text;
    }

    public String node() {
        return node;
    }
}
