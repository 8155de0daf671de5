package org.plenary.grants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plenary.identity.Region;

/**
 * Which reviewers to suggest for an application: never anyone from the applicant's organisation
 * or already asked, spread across regions (a region already on the panel counts against a
 * candidate), and balanced by the number of reviews each already has open.
 */
public final class ReviewerSuggestions {

    /** A possible reviewer and how many reviews they have open now. */
    public record Candidate(long userId, long organisationId, Region region, long openReviews) {
    }

    private ReviewerSuggestions() {
    }

    public static List<Candidate> pick(List<Candidate> candidates, long applicantOrganisationId,
            Set<Long> alreadyAsked, int count) {
        List<Candidate> pool = new ArrayList<>(candidates.stream()
                .filter(c -> c.organisationId() != applicantOrganisationId)
                .filter(c -> !alreadyAsked.contains(c.userId())).toList());
        List<Candidate> picked = new ArrayList<>();
        Set<Region> regions = new HashSet<>();
        while (picked.size() < count && !pool.isEmpty()) {
            Candidate next = pool.stream().min(Comparator
                    .comparing((Candidate c) -> regions.contains(c.region()))
                    .thenComparingLong(Candidate::openReviews)
                    .thenComparingLong(Candidate::userId)).orElseThrow();
            picked.add(next);
            regions.add(next.region());
            pool.remove(next);
        }
        return picked;
    }
}
