package org.plenary.identity.application;

import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import org.plenary.identity.Caller;

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

    /** Set only while the demo network is loaded at first start: who its scripted steps act as. */
    private static final ThreadLocal<String> ACTING_AS = new ThreadLocal<>();

    public Caller current() {
        String actingAs = ACTING_AS.get();
        Principal principal = actingAs != null ? () -> actingAs : principal();
        if (principal == null) {
            return Caller.system();
        }
        return CallerRows.activeCaller(em, principal.getName()).orElse(Caller.anonymous());
    }

    /**
     * Runs server-side code as a given user, with all of that user's permission checks: used by
     * the demo loader to walk applications through the real services. Never reachable from a request.
     */
    public <T> T actingAs(String email, java.util.function.Supplier<T> work) {
        String before = ACTING_AS.get();
        ACTING_AS.set(email);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING_AS.remove();
            } else {
                ACTING_AS.set(before);
            }
        }
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
