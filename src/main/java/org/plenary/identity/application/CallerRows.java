package org.plenary.identity.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.plenary.identity.Caller;
import org.plenary.identity.Role;

/**
 * The few columns every request needs about its user, in one query (a row per role): loading the User
 * entity instead costs four (user, organisation, its kinds, roles), and every API call needs this twice.
 */
final class CallerRows {

    private CallerRows() {
    }

    /** The caller an active user's email stands for, or empty. */
    static Optional<Caller> activeCaller(EntityManager em, String email) {
        List<Object[]> rows = em.createQuery("select u.id, u.email, u.organisation.id, r from User u left join u.roles r "
                + "where u.email = :email and u.active = true", Object[].class)
                .setParameter("email", email).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        return Optional.of(new Caller((Long) first[0], (String) first[1], (Long) first[2], roles(rows, 3)));
    }

    /** A user's caller together with what decides whether a remembered password check still stands. */
    static Optional<Credentials> credentials(EntityManager em, long id) {
        List<Object[]> rows = em.createQuery("select u.id, u.email, u.organisation.id, u.passwordHash, u.active, "
                + "u.lockedUntil, u.failedLogins, r from User u left join u.roles r where u.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Caller caller = new Caller((Long) first[0], (String) first[1], (Long) first[2], roles(rows, 7));
        return Optional.of(new Credentials(caller, new VerifiedCredentials.UserState(caller.userId(), caller.email(),
                (String) first[3], (Boolean) first[4], (Instant) first[5]), (Integer) first[6]));
    }

    private static Set<Role> roles(List<Object[]> rows, int column) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object[] row : rows) {
            if (row[column] instanceof Role role) {
                roles.add(role);
            } else if (row[column] != null) {
                roles.add(Role.valueOf(row[column].toString()));
            }
        }
        return roles;
    }

    record Credentials(Caller caller, VerifiedCredentials.UserState state, int failedLogins) {
    }
}
