package org.plenary.identity.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.User;
import org.plenary.platform.TimeSource;

/**
 * Checks a password and throttles guessing: after {@value User#FAILURES_BEFORE_LOCK} failures
 * the account is locked for a minute, then for twice as long after each further failure.
 * Each check commits on its own, so a failure counts even when the request fails.
 */
@ApplicationScoped
public class LoginAttempts {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    VerifiedCredentials verified;

    /** The user, if the password is right, the account active and not locked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> check(String email, String password, boolean interactive) {
        Optional<User> found = em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", User.normaliseEmail(email))
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isActive() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        User user = found.get();
        if (user.isLocked(time.now())) {
            return Optional.empty();
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            if (user.recordFailedLogin(time.now())) {
                audit.record(Caller.system(), new AuditEntry("identity.user.locked", "User", user.getId().toString(),
                        user.getOrganisation().getId(), null,
                        AuditSnapshot.with("failedLogins", user.getFailedLogins())
                                .and("lockedUntil", user.getLockedUntil()).json()));
            }
            return Optional.empty();
        }
        if (interactive || user.getFailedLogins() > 0) {
            user.recordSuccessfulLogin(time.now());
        }
        if (interactive) {
            audit.record(Caller.of(user), new AuditEntry("identity.user.signedIn", "User", user.getId().toString(),
                    user.getOrganisation().getId(), null, null));
        } else {
            verified.remember(email, password, user, time.now());
        }
        return Optional.of(Caller.of(user));
    }

    /**
     * For API calls: the user whose credentials passed {@link #check} a short while ago (see
     * {@link VerifiedCredentials}), re-read now, without the slow hash; empty when the caller must take the full
     * check: nothing remembered, the entry is stale (then dropped), or failures were counted since (the full
     * check clears them). One read, no transaction.
     */
    public Optional<Caller> recentlyVerified(String email, String password) {
        Instant now = time.now();
        Optional<VerifiedCredentials.Entry> entry = verified.lookup(email, password, now);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Optional<CallerRows.Credentials> current = CallerRows.credentials(em, entry.get().userId());
        if (!verified.stillValid(entry.get(), current.map(CallerRows.Credentials::state).orElse(null), now)) {
            verified.forget(email, password);
            return Optional.empty();
        }
        if (current.get().failedLogins() > 0) {
            return Optional.empty();
        }
        return Optional.of(current.get().caller());
    }
}
