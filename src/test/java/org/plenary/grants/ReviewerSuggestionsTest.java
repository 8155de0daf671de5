package org.plenary.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.grants.ReviewerSuggestions.Candidate;
import org.plenary.identity.Region;

class ReviewerSuggestionsTest {

    private static final long APPLICANT_ORG = 7;

    private static List<Long> pick(List<Candidate> candidates, Set<Long> asked, int count) {
        return ReviewerSuggestions.pick(candidates, APPLICANT_ORG, asked, count).stream().map(Candidate::userId).toList();
    }

    @Test
    void neverSuggestsSomeoneFromTheApplicantsOrganisationOrAlreadyAsked() {
        List<Candidate> candidates = List.of(new Candidate(1, APPLICANT_ORG, Region.AFRICA, 0),
                new Candidate(2, 8, Region.ASIA, 5), new Candidate(3, 9, Region.EUROPE, 9));
        assertEquals(List.of(2L), pick(candidates, Set.of(3L), 2));
    }

    @Test
    void spreadsAcrossRegionsBeforeBalancingLoad() {
        List<Candidate> candidates = List.of(new Candidate(1, 8, Region.ASIA, 0), new Candidate(2, 9, Region.ASIA, 0),
                new Candidate(3, 10, Region.EUROPE, 4));
        assertEquals(List.of(1L, 3L), pick(candidates, Set.of(), 2), "a second Asian reviewer comes after Europe");
    }

    @Test
    void prefersTheLeastLoadedWithinTheSameRegionSpread() {
        List<Candidate> candidates = List.of(new Candidate(1, 8, Region.ASIA, 3), new Candidate(2, 9, Region.EUROPE, 1),
                new Candidate(3, 10, Region.AFRICA, 0));
        assertEquals(List.of(3L, 2L), pick(candidates, Set.of(), 2));
        assertEquals(List.of(3L, 2L, 1L), pick(candidates, Set.of(), 5), "no more than there are");
    }
}
