package org.plenary.identity.application;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.plenary.identity.Role;
import org.plenary.identity.User;

/** Re-reads a signed-in user's roles on each request; null once the account is gone or inactive. */
@ApplicationScoped
public class SignedInUsers {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    public Set<String> currentRoleKeys(String email) {
        return em.createQuery("select u from User u where u.email = :email and u.active = true", User.class)
                .setParameter("email", email)
                .getResultStream().findFirst()
                .map(u -> u.getRoles().stream().map(Role::key).collect(Collectors.toSet()))
                .orElse(null);
    }
}
