package org.plenary.inbox;

import java.time.Instant;

/**
 * A user's digest as they see it: on or off (their own choice, or the default for their roles when
 * {@code chosen} is false), the hour in their time zone, and when the last one went out.
 */
public record DigestPreferences(boolean enabled, boolean chosen, int hour, String timeZone, Instant lastDigestAt) {
}
