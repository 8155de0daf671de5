package org.plenary.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.plenary.identity.Role;
import org.plenary.platform.InvalidInputException;

/**
 * A user's daily digest of the inbox: whether it comes, from which hour of the day in their own time zone,
 * and when the last one went out. {@code chosen} is null while the user has not decided: then the digest
 * comes to those who get tasks (applicants for their organisation, reviewers, the secretariat).
 */
public record DigestSetting(Boolean chosen, int hour, LocalDate lastDigestOn, Instant lastDigestAt) {

    public static final int DEFAULT_HOUR = 7;

    public DigestSetting {
        requireHour(hour);
    }

    public static DigestSetting defaults() {
        return new DigestSetting(null, DEFAULT_HOUR, null, null);
    }

    public static void requireHour(Integer hour) {
        if (hour == null || hour < 0 || hour > 23) {
            throw new InvalidInputException("digest.hourInvalid");
        }
    }

    /** On or off for a user with these roles: their own choice, else on for those who get tasks. */
    public boolean enabledFor(Set<Role> roles) {
        if (chosen != null) {
            return chosen;
        }
        return roles.contains(Role.SECRETARIAT) || roles.contains(Role.REVIEWER) || roles.contains(Role.APPLICANT);
    }
}
