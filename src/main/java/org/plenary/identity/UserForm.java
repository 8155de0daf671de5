package org.plenary.identity;

import java.util.Set;

/** What an admin fills in for a user. password is only for new users (or a reset); never stored as given. */
public record UserForm(String email, String fullName, Long organisationId, String preferredLanguage,
        String timeZone, Set<Role> roles, Boolean active, String password) {

    public UserForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
