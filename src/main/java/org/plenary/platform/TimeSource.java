package org.plenary.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's clock. Stored times are UTC and kept to the second: EclipseLink's MySQL
 * platform drops fractions of a second on MariaDB (which reports itself as version 5.5.5), and the
 * audit chain hashes times exactly as they are stored.
 */
@ApplicationScoped
public class TimeSource {

    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
