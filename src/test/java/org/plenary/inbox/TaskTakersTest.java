package org.plenary.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TaskTakersTest {

    private static final InboxViewer OFFICER = new InboxViewer(1, 1L, Set.of("secretariat", "org-1"), true);
    private static final InboxViewer REVIEWER_19 = new InboxViewer(2, 19L, Set.of("reviewer", "org-19"), false);
    private static final InboxViewer REVIEWER_20 = new InboxViewer(3, 20L, Set.of("reviewer", "org-20"), false);
    private static final InboxViewer APPLICANT_19 = new InboxViewer(4, 19L, Set.of("applicant", "org-19"), false);

    @Test
    void aGroupTaskGoesOnlyToMembersOfItsGroups() {
        assertNull(TaskTakers.refusal(OFFICER, Set.of("secretariat"), Set.of(), null, 19L));
        assertEquals("inbox.assign.notCandidate", TaskTakers.refusal(REVIEWER_20, Set.of("secretariat"), Set.of(), null, 19L));
        assertNull(TaskTakers.refusal(REVIEWER_20, Set.of("secretariat"), Set.of("3"), null, 19L), "named as candidate");
    }

    @Test
    void workRoutedToACallTeamOrARegionMayBeGivenToAnySecretariatUserButNoOneElse() {
        assertNull(TaskTakers.refusal(OFFICER, Set.of("call-5"), Set.of(), null, 19L), "not on the team, still secretariat");
        assertNull(TaskTakers.refusal(OFFICER, Set.of("secretariat-AFRICA"), Set.of(), null, 19L));
        assertEquals("inbox.assign.notCandidate", TaskTakers.refusal(REVIEWER_20, Set.of("call-5"), Set.of(), null, 19L));
        assertEquals("inbox.assign.notCandidate",
                TaskTakers.refusal(REVIEWER_20, Set.of("secretariat-AFRICA"), Set.of(), null, 19L));
    }

    @Test
    void nobodyGetsACaseOfTheirOwnOrganisationUnlessTheTaskIsForThatOrganisation() {
        assertEquals("inbox.assign.ownOrganisation", TaskTakers.refusal(REVIEWER_19, Set.of("reviewer"), Set.of(), null, 19L));
        assertNull(TaskTakers.refusal(APPLICANT_19, Set.of("org-19"), Set.of(), null, 19L), "the applicant's own question");
        assertEquals("inbox.assign.notCandidate", TaskTakers.refusal(APPLICANT_19, Set.of("org-20"), Set.of(), null, 20L));
    }

    @Test
    void aPersonalTaskGoesToSomeoneWithItsRole() {
        assertNull(TaskTakers.refusal(REVIEWER_20, Set.of(), Set.of(), "reviewer", 19L));
        assertEquals("inbox.assign.ownOrganisation", TaskTakers.refusal(REVIEWER_19, Set.of(), Set.of(), "reviewer", 19L));
        assertEquals("inbox.assign.notCandidate", TaskTakers.refusal(OFFICER, Set.of(), Set.of(), "reviewer", 19L));
        assertEquals("inbox.assign.notCandidate", TaskTakers.refusal(REVIEWER_20, Set.of(), Set.of(), null, 19L));
    }
}
