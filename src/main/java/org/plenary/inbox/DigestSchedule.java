package org.plenary.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a user's digest is due: once per day of their own calendar, as soon as the chosen hour has come in
 * their time zone (on a day when clocks skip that hour, at the first hour after it), never twice the same day.
 */
public final class DigestSchedule {

    /** What the first digest lists as new, for a user who never had one. */
    public static final Duration FIRST_WINDOW = Duration.ofDays(1);

    private DigestSchedule() {
    }

    public static boolean isDue(boolean enabled, int hour, ZoneId zone, LocalDate lastDigestOn, Instant now) {
        if (!enabled) {
            return false;
        }
        ZonedDateTime local = now.atZone(zone);
        return local.getHour() >= hour && (lastDigestOn == null || lastDigestOn.isBefore(local.toLocalDate()));
    }

    /** The user's own date now: the day a digest counts for. */
    public static LocalDate today(ZoneId zone, Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** Tasks created from this moment on are new: since the last digest, or within the last day. */
    public static Instant newSince(Instant lastDigestAt, Instant now) {
        return lastDigestAt != null ? lastDigestAt : now.minus(FIRST_WINDOW);
    }

    /** A user's zone, UTC when the stored one is unknown to this JVM. */
    public static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
