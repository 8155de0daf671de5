package org.plenary.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/** The application's clock; stored times are UTC and kept to the microsecond the database holds. */
@ApplicationScoped
public class TimeSource {

    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
