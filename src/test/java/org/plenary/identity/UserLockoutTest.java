package org.plenary.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UserLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static User applicant() {
        Organisation organisation = new Organisation("Nairobi Harm Reduction Collective", "ke", Region.AFRICA,
                Set.of(OrganisationKind.COMMUNITY_LED), MembershipStatus.ACTIVE, NOW);
        return new User(" Amina@Example.org ", "Amina", organisation, "en", "Africa/Nairobi",
                EnumSet.of(Role.APPLICANT), "hash", false, NOW);
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        User user = applicant();
        for (int i = 0; i < 4; i++) {
            assertFalse(user.recordFailedLogin(NOW));
        }
        assertFalse(user.isLocked(NOW));
        assertTrue(user.recordFailedLogin(NOW));
        assertTrue(user.isLocked(NOW.plusSeconds(59)));
        assertFalse(user.isLocked(NOW.plusSeconds(60)));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToAnHour() {
        User user = applicant();
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(NOW);
        }
        user.recordFailedLogin(NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), user.getLockedUntil());
        for (int i = 0; i < 20; i++) {
            user.recordFailedLogin(NOW);
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), user.getLockedUntil());
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        User user = applicant();
        user.recordFailedLogin(NOW);
        user.recordFailedLogin(NOW);
        user.recordSuccessfulLogin(NOW);
        assertEquals(0, user.getFailedLogins());
        assertNull(user.getLockedUntil());
        assertEquals(NOW, user.getLastLoginAt());
    }

    @Test
    void emailsAreStoredTrimmedAndLowerCase() {
        assertEquals("amina@example.org", applicant().getEmail());
        assertEquals("KE", applicant().getOrganisation().getCountry());
    }

    @Test
    void membersSeeOnlyTheirOwnOrganisationStaffSeeAll() {
        Caller applicant = new Caller(1L, "a@x.org", 10L, EnumSet.of(Role.APPLICANT));
        Caller reviewer = new Caller(2L, "r@x.org", 11L, EnumSet.of(Role.REVIEWER));
        Caller auditor = new Caller(3L, "au@x.org", 1L, EnumSet.of(Role.AUDITOR));
        assertTrue(applicant.maySeeOrganisation(10L));
        assertFalse(applicant.maySeeOrganisation(11L));
        assertFalse(reviewer.maySeeOrganisation(10L));
        assertTrue(auditor.maySeeOrganisation(10L));
        assertFalse(Caller.anonymous().maySeeOrganisation(10L));
    }
}
