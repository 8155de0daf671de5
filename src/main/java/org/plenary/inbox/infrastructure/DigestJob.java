package org.plenary.inbox.infrastructure;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.plenary.inbox.application.InboxDigests;
import org.plenary.platform.TimeSource;
import org.plenary.platform.config.PlenarySettings;

/**
 * Runs the daily digests every plenary.digest.interval-minutes (15 by default; 0 turns the runs off on
 * this node) on the container's scheduler: pages through the active users, and sends each due user's
 * digest in its own transaction. Every node may run it: the claim of each user's day lets one node send.
 * A run sends at most plenary.digest.max-per-run digests; the others are still due at the next run.
 */
@ApplicationScoped
public class DigestJob {

    public static final String INTERVAL = "plenary.digest.interval-minutes";
    public static final String MAX_PER_RUN = "plenary.digest.max-per-run";
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());
    private static final int PAGE = 200;

    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> schedule;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    InboxDigests digests;

    @Inject
    TimeSource time;

    /** Starts the periodic runs, unless the interval is 0; called once the web module is up. */
    public synchronized void start(long initialDelaySeconds) {
        long minutes = number(INTERVAL, 15);
        if (schedule != null || minutes <= 0) {
            return;
        }
        schedule = executor.scheduleWithFixedDelay(this::runQuietly, initialDelaySeconds, minutes * 60,
                TimeUnit.SECONDS);
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    private void runQuietly() {
        try {
            int sent = runDue(time.now());
            if (sent > 0) {
                LOG.fine(() -> "Queued " + sent + " inbox digests");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the inbox digest run failed; it tries again at the next run", e);
        }
    }

    /** Sends the digests due at this moment; the number queued (0 when another run is under way on this node). */
    public int runDue(Instant now) {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            long limit = number(MAX_PER_RUN, 500);
            int sent = 0;
            long after = 0;
            while (sent < limit) {
                InboxDigests.Candidates page = digests.candidates(after, PAGE, now);
                if (page.lastId() == null) {
                    break;
                }
                for (Long userId : page.due()) {
                    if (sent >= limit) {
                        break;
                    }
                    if (sendQuietly(userId, now)) {
                        sent++;
                    }
                }
                after = page.lastId();
            }
            return sent;
        } finally {
            running.set(false);
        }
    }

    private boolean sendQuietly(long userId, Instant now) {
        try {
            return digests.send(userId, now);
        } catch (RuntimeException e) {
            // another node claimed the same user's first digest at the same moment, or a passing conflict:
            // rolled back, and the user is still due at the next run if nobody sent it
            LOG.log(Level.FINE, "Inbox digest of user " + userId + " not sent this time", e);
            return false;
        }
    }

    private static long number(String key, long fallback) {
        try {
            return Long.parseLong(PlenarySettings.get(key, Long.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
