package org.plenary.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking, as the services see it: a signed-in user, or the system itself (timers, jobs,
 * start-up). Services decide every permission from this, never from what a page showed.
 */
public record Caller(Long userId, String email, Long organisationId, Set<Role> roles) {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Caller system() {
        return new Caller(null, SYSTEM, null, EnumSet.noneOf(Role.class));
    }

    public static Caller anonymous() {
        return new Caller(null, ANONYMOUS, null, EnumSet.noneOf(Role.class));
    }

    public static Caller of(User user) {
        return new Caller(user.getId(), user.getEmail(), user.getOrganisation().getId(), user.getRoles());
    }

    public boolean isUser() {
        return userId != null;
    }

    public boolean isSystem() {
        return SYSTEM.equals(email) && userId == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Network staff see every member organisation; everyone else only their own. */
    public boolean maySeeOrganisation(Long otherOrganisationId) {
        return isSystem() || roles.stream().anyMatch(Role::isNetworkWide)
                || (organisationId != null && organisationId.equals(otherOrganisationId));
    }

    public String roleKeys() {
        return roles.stream().map(Role::key).sorted().collect(Collectors.joining(","));
    }
}
