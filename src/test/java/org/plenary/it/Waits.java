package org.plenary.it;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** The ITs' one way to wait for something the server does later (a timer, the outbox, a restart): poll it. */
public final class Waits {

    private static final Duration POLL = Duration.ofMillis(250);

    private Waits() {
    }

    /** Asks again every 250 ms until the answer matches, for at most the patience given; fails naming what. */
    public static <T> T until(String what, Duration patience, Callable<T> ask, Predicate<? super T> matches) {
        try {
            return Awaitility.await(what).atMost(patience).pollInterval(POLL).pollDelay(Duration.ZERO)
                    .ignoreExceptionsMatching(e -> e instanceof java.io.UncheckedIOException)
                    .until(ask, matches::test);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("waited " + patience.toSeconds() + " s in vain: " + what, e);
        }
    }
}
