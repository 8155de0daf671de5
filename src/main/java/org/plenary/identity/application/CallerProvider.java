package org.plenary.identity.application;

import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import org.plenary.identity.Caller;
import org.plenary.identity.User;

/**
 * Tells services who is calling. Roles and organisation come from our users table on every
 * call, so a deactivated user or a removed role takes effect at once.
 */
@ApplicationScoped
public class CallerProvider {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    public Caller current() {
        Principal principal = principal();
        if (principal == null) {
            return Caller.system();
        }
        return em.createQuery("select u from User u where u.email = :email and u.active = true", User.class)
                .setParameter("email", principal.getName())
                .getResultStream().findFirst()
                .map(Caller::of)
                .orElse(Caller.anonymous());
    }

    private Principal principal() {
        try {
            return securityContext.getCallerPrincipal();
        } catch (RuntimeException outsideARequest) {
            // timers and jobs run without a caller: they act as the system
            return null;
        }
    }
}
