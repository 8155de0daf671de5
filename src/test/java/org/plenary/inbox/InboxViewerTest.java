package org.plenary.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.platform.InvalidInputException;

/** Who sees what in the inbox, and what a client may send as a page request. */
class InboxViewerTest {

    @Test
    void aReviewerIsOfferedTasksOfTheirRoleTheirOrganisationAndThemselves() {
        InboxViewer reviewer = InboxViewer.of(new Caller(12L, "r@example.org", 7L, EnumSet.of(Role.REVIEWER)));
        assertEquals(Set.of("reviewer", "org-7"), reviewer.groups());
        assertEquals(List.of("g:reviewer", "g:org-7", "u:12"), reviewer.principals(), "large role groups first");
        assertFalse(reviewer.networkWide());
        assertEquals("12", reviewer.assigneeKey());
    }

    @Test
    void routingGroupsComeAfterRoleGroupsAndBeforeTheOrganisation() {
        InboxViewer officer = InboxViewer.of(new Caller(3L, "s@example.org", 1L, EnumSet.of(Role.SECRETARIAT)),
                Set.of("secretariat-EUROPE", "call-9"));
        assertEquals(List.of("g:secretariat", "g:call-9", "g:secretariat-EUROPE", "g:org-1", "u:3"), officer.principals());
    }

    @Test
    void aReviewerNeverSeesACaseOfTheirOwnOrganisationUnlessItIsOfferedToIt() {
        InboxViewer reviewer = InboxViewer.of(new Caller(12L, "r@example.org", 7L, EnumSet.of(Role.REVIEWER)));
        assertFalse(reviewer.maySee(7L, null), "own organisation's application: never for review");
        assertTrue(reviewer.maySee(7L, 7L), "a question to the organisation itself");
        assertTrue(reviewer.maySee(8L, null));
        assertTrue(reviewer.maySee(null, null), "a task without a case organisation");
        InboxViewer secretariat = InboxViewer.of(new Caller(1L, "s@example.org", 7L, EnumSet.of(Role.SECRETARIAT)));
        assertTrue(secretariat.networkWide());
        assertTrue(secretariat.maySee(7L, null), "network staff see every organisation");
    }

    @Test
    void cursorsAndPagesAreChecked() {
        assertEquals(new InboxCursor(1790000000L, "abc:1"), InboxCursor.parse("1790000000:abc:1"));
        for (String bad : List.of("", ":x", "12:", "twelve:x", "x".repeat(101))) {
            assertThrows(InvalidInputException.class, () -> InboxCursor.parse(bad), bad);
        }
        assertThrows(InvalidInputException.class, () -> new InboxRequest(null, null, null, null, 0, 0, true));
        assertThrows(InvalidInputException.class, () -> new InboxRequest(null, null, null, null, 0, 201, true));
        assertThrows(InvalidInputException.class, () -> new InboxRequest(null, null, null, "1:x", 50, 50, true),
                "a cursor or an offset, not both");
        assertThrows(InvalidInputException.class, () -> new InboxFilter(null, null, null, null, "x".repeat(101)));
        assertEquals(null, new InboxFilter(null, null, null, null, "  ").search());
    }
}
