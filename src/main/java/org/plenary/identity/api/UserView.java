package org.plenary.identity.api;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.plenary.identity.Role;
import org.plenary.identity.User;

/** A user as the API shows it: never the password hash. */
public record UserView(Long id, String email, String fullName, Long organisationId, String organisationName,
        String preferredLanguage, String timeZone, Set<Role> roles, boolean active, Instant lastLoginAt, long version) {

    public static UserView of(User u) {
        return new UserView(u.getId(), u.getEmail(), u.getFullName(), u.getOrganisation().getId(),
                u.getOrganisation().getName(), u.getPreferredLanguage(), u.getTimeZone(), new TreeSet<>(u.getRoles()),
                u.isActive(), u.getLastLoginAt(), u.getVersion());
    }
}
