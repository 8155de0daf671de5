package org.plenary.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.plenary.identity.Role;
import org.plenary.platform.InvalidInputException;

/** When a user's daily digest is due: their hour, in their zone, once per day of their own calendar. */
class DigestScheduleTest {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void theDigestIsDueOnceTheUsersHourHasComeInTheirOwnZone() {
        Instant now = Instant.parse("2026-11-23T04:30:00Z");

        assertTrue(DigestSchedule.isDue(true, 7, NAIROBI, null, now), "07:30 in Nairobi");
        assertFalse(DigestSchedule.isDue(true, 7, PARIS, null, now), "05:30 in Paris: not yet");
        assertFalse(DigestSchedule.isDue(true, 7, MEXICO, LocalDate.of(2026, 11, 22), now),
                "22:30 on the 22nd in Mexico City, whose digest of the 22nd went out");
        assertTrue(DigestSchedule.isDue(true, 7, MEXICO, LocalDate.of(2026, 11, 21), now),
                "a day's digest missed in the morning still comes later that day");
        assertFalse(DigestSchedule.isDue(true, 23, MEXICO, null, now), "22:30: before a late hour");
        assertTrue(DigestSchedule.isDue(true, 0, PARIS, null, now), "from midnight");
        assertFalse(DigestSchedule.isDue(false, 7, NAIROBI, null, now), "turned off");
    }

    @Test
    void aDigestAlreadySentTodayIsNotSentAgainButTomorrowsIs() {
        Instant morning = Instant.parse("2026-11-23T04:30:00Z");
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertFalse(DigestSchedule.isDue(true, 7, NAIROBI, today, morning));
        assertFalse(DigestSchedule.isDue(true, 7, NAIROBI, today, Instant.parse("2026-11-23T20:59:00Z")),
                "23:59 in Nairobi is still the same day");
        assertFalse(DigestSchedule.isDue(true, 7, NAIROBI, today, Instant.parse("2026-11-23T21:30:00Z")),
                "00:30 the next day: before the hour");
        assertTrue(DigestSchedule.isDue(true, 7, NAIROBI, today, Instant.parse("2026-11-24T04:00:00Z")),
                "07:00 the next day");
        assertTrue(DigestSchedule.isDue(true, 7, NAIROBI, today.minusDays(3), morning), "after days without one");
    }

    @Test
    void theDayIsTheUsersOwnDate() {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");
        assertEquals(LocalDate.of(2026, 11, 23), DigestSchedule.today(MEXICO, now));
        assertEquals(LocalDate.of(2026, 11, 24), DigestSchedule.today(NAIROBI, now));
        // sent on the 23rd in Mexico City (20:00 local): at 02:00 UTC it is still the 23rd there
        assertFalse(DigestSchedule.isDue(true, 7, MEXICO, LocalDate.of(2026, 11, 23), now));
    }

    @Test
    void onTheNightClocksSkipTheHourTheDigestComesAtTheFirstHourAfterIt() {
        // 29 March 2026 in Paris: 02:00 becomes 03:00
        assertFalse(DigestSchedule.isDue(true, 2, PARIS, null, Instant.parse("2026-03-29T00:59:00Z")), "01:59");
        assertTrue(DigestSchedule.isDue(true, 2, PARIS, null, Instant.parse("2026-03-29T01:00:00Z")), "03:00");
        // 25 October 2026: 02:00-03:00 happens twice, the digest still comes once
        LocalDate sunday = LocalDate.of(2026, 10, 25);
        assertTrue(DigestSchedule.isDue(true, 2, PARIS, null, Instant.parse("2026-10-25T00:30:00Z")));
        assertFalse(DigestSchedule.isDue(true, 2, PARIS, sunday, Instant.parse("2026-10-25T01:30:00Z")),
                "the second 02:30 of the night");
    }

    @Test
    void newTasksAreThoseSinceTheLastDigestOrOfTheLastDayForAFirstOne() {
        Instant now = Instant.parse("2026-11-23T05:00:00Z");
        Instant last = Instant.parse("2026-11-20T06:00:00Z");
        assertEquals(last, DigestSchedule.newSince(last, now));
        assertEquals(Instant.parse("2026-11-22T05:00:00Z"), DigestSchedule.newSince(null, now));
    }

    @Test
    void anUnknownZoneCountsAsUtc() {
        assertEquals(ZoneId.of("UTC"), DigestSchedule.zone("Mars/Olympus_Mons"));
        assertEquals(NAIROBI, DigestSchedule.zone("Africa/Nairobi"));
    }

    @Test
    void byDefaultThoseWhoGetTasksGetTheDigestAndAChoiceWins() {
        DigestSetting untouched = DigestSetting.defaults();
        assertEquals(7, untouched.hour());
        assertTrue(untouched.enabledFor(EnumSet.of(Role.SECRETARIAT)));
        assertTrue(untouched.enabledFor(EnumSet.of(Role.REVIEWER)));
        assertTrue(untouched.enabledFor(EnumSet.of(Role.APPLICANT)), "for their organisation's tasks");
        assertFalse(untouched.enabledFor(EnumSet.of(Role.AUDITOR)));
        assertFalse(untouched.enabledFor(EnumSet.of(Role.ADMIN, Role.AUDITOR)));

        assertFalse(new DigestSetting(false, 7, null, null).enabledFor(EnumSet.of(Role.SECRETARIAT)));
        assertTrue(new DigestSetting(true, 7, null, null).enabledFor(EnumSet.of(Role.AUDITOR)));
    }

    @Test
    void anHourOutsideTheDayIsRefused() {
        for (Integer hour : new Integer[] {-1, 24, null}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> DigestSetting.requireHour(hour));
            assertEquals("digest.hourInvalid", refused.getMessageKey());
        }
        DigestSetting.requireHour(0);
        DigestSetting.requireHour(23);
    }
}
