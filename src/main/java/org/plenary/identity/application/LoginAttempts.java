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

    /**
     * The user, if the password is right, the account active and not locked. API calls (not interactive)
     * whose credentials passed the full check a short while ago skip the slow hash, see {@link VerifiedCredentials}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> check(String email, String password, boolean interactive) {
        if (!interactive) {
            Optional<Caller> recent = recentlyVerified(email, password);
            if (recent.isPresent()) {
                return recent;
            }
        }
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

    /** The user of a cached verification, re-read now; a stale entry is dropped and the full check runs. */
    private Optional<Caller> recentlyVerified(String email, String password) {
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
            // as the full check does: a right password clears the failures counted so far
            em.find(User.class, entry.get().userId()).recordSuccessfulLogin(now);
        }
        return Optional.of(current.get().caller());
    }
}
