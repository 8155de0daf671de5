package org.plenary.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.identity.MembershipStatus;
import org.plenary.identity.Organisation;
import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;
import org.plenary.identity.Role;
import org.plenary.identity.User;

class VerifiedCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final String EMAIL = "amina@example.org";
    private static final String PASSWORD = "correct horse battery";

    private final VerifiedCredentials cache = new VerifiedCredentials(Duration.ofMinutes(5), 3);

    private static User user(long id, String email, String passwordHash) throws ReflectiveOperationException {
        Organisation organisation = new Organisation("Nairobi Harm Reduction Collective", "ke", Region.AFRICA,
                Set.of(OrganisationKind.COMMUNITY_LED), MembershipStatus.ACTIVE, NOW);
        User user = new User(email, "Amina", organisation, "en", "Africa/Nairobi", EnumSet.of(Role.REVIEWER),
                passwordHash, false, NOW);
        Field field = User.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(user, id);
        return user;
    }

    @Test
    void aVerifiedPasswordIsServedUntilItsTimeIsUp() throws Exception {
        User amina = user(7, EMAIL, "PBKDF2:1:a:b");
        cache.remember(" Amina@Example.org ", PASSWORD, amina, NOW);

        VerifiedCredentials.Entry entry = cache.lookup(EMAIL, PASSWORD, NOW.plusSeconds(299)).orElseThrow();
        assertEquals(7, entry.userId());
        assertTrue(cache.stillValid(entry, VerifiedCredentials.UserState.of(amina), NOW.plusSeconds(299)));
        assertTrue(cache.lookup(EMAIL, PASSWORD, NOW.plusSeconds(300)).isEmpty());
        assertEquals(0, cache.size(), "an expired entry is dropped when met");
    }

    @Test
    void aWrongPasswordOrAnotherUserIsNeverServed() throws Exception {
        cache.remember(EMAIL, PASSWORD, user(7, EMAIL, "PBKDF2:1:a:b"), NOW);

        assertTrue(cache.lookup(EMAIL, PASSWORD + "x", NOW).isEmpty());
        assertTrue(cache.lookup(EMAIL, "", NOW).isEmpty());
        assertTrue(cache.lookup(EMAIL, null, NOW).isEmpty());
        assertTrue(cache.lookup("kofi@example.org", PASSWORD, NOW).isEmpty());
    }

    @Test
    void failuresAreNeverRemembered() throws Exception {
        User amina = user(7, EMAIL, "PBKDF2:1:a:b");
        cache.remember(EMAIL, "", amina, NOW);
        cache.remember(EMAIL, null, amina, NOW);
        assertEquals(0, cache.size());
    }

    @Test
    void aChangedPasswordHashLockOrDeactivationEndsTheEntryAtOnce() throws Exception {
        User amina = user(7, EMAIL, "PBKDF2:1:a:b");
        cache.remember(EMAIL, PASSWORD, amina, NOW);
        VerifiedCredentials.Entry entry = cache.lookup(EMAIL, PASSWORD, NOW).orElseThrow();

        User changed = user(7, EMAIL, "PBKDF2:1:a:b");
        changed.changePasswordHash("PBKDF2:1:c:d");
        assertFalse(cache.stillValid(entry, VerifiedCredentials.UserState.of(changed), NOW));

        User locked = user(7, EMAIL, "PBKDF2:1:a:b");
        for (int i = 0; i < User.FAILURES_BEFORE_LOCK; i++) {
            locked.recordFailedLogin(NOW);
        }
        assertFalse(cache.stillValid(entry, VerifiedCredentials.UserState.of(locked), NOW));

        User inactive = user(7, EMAIL, "PBKDF2:1:a:b");
        inactive.update("Amina", inactive.getOrganisation(), "en", "Africa/Nairobi", EnumSet.of(Role.REVIEWER), false);
        assertFalse(cache.stillValid(entry, VerifiedCredentials.UserState.of(inactive), NOW));

        assertFalse(cache.stillValid(entry, VerifiedCredentials.UserState.of(user(8, EMAIL, "PBKDF2:1:a:b")), NOW), "another row");
        assertFalse(cache.stillValid(entry, null, NOW), "a deleted user");
    }

    @Test
    void forgettingAUserDropsAllTheirEntries() throws Exception {
        cache.remember(EMAIL, PASSWORD, user(7, EMAIL, "h"), NOW);
        cache.remember(EMAIL, "another password", user(7, EMAIL, "h"), NOW);
        cache.remember("kofi@example.org", PASSWORD, user(8, "kofi@example.org", "k"), NOW);

        cache.forgetUser(7);

        assertTrue(cache.lookup(EMAIL, PASSWORD, NOW).isEmpty());
        assertTrue(cache.lookup(EMAIL, "another password", NOW).isEmpty());
        assertTrue(cache.lookup("kofi@example.org", PASSWORD, NOW).isPresent());
    }

    @Test
    void theOldestEntryGoesWhenTheCacheIsFull() throws Exception {
        for (int i = 1; i <= 4; i++) {
            cache.remember("user" + i + "@example.org", PASSWORD, user(i, "user" + i + "@example.org", "h"), NOW);
        }
        assertEquals(3, cache.size());
        assertTrue(cache.lookup("user1@example.org", PASSWORD, NOW).isEmpty());
        assertTrue(cache.lookup("user4@example.org", PASSWORD, NOW).isPresent());
    }

    @Test
    void noPasswordIsKeptInClear() throws Exception {
        cache.remember(EMAIL, PASSWORD, user(7, EMAIL, "h"), NOW);
        Field field = VerifiedCredentials.class.getDeclaredField("entries");
        field.setAccessible(true);
        String held = field.get(cache).toString();
        assertFalse(held.contains(PASSWORD));
        assertFalse(held.contains(EMAIL));
    }

    @Test
    void aZeroTimeToLiveTurnsTheCacheOff() throws Exception {
        VerifiedCredentials off = new VerifiedCredentials(Duration.ZERO, 100);
        off.remember(EMAIL, PASSWORD, user(7, EMAIL, "h"), NOW);
        assertTrue(off.lookup(EMAIL, PASSWORD, NOW).isEmpty());
    }
}
