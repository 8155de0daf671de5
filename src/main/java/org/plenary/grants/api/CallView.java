package org.plenary.grants.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.plenary.grants.CallForm;
import org.plenary.grants.CallStatus;
import org.plenary.grants.GrantCall;
import org.plenary.grants.Pillar;
import org.plenary.grants.PriorityArea;
import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;

/** A call as the API shows it. */
public record CallView(Long id, String title, String description, String programme, CallStatus status,
        Set<PriorityArea> priorityAreas, Set<Pillar> pillars, Set<Region> eligibleRegions,
        Set<OrganisationKind> eligibleKinds, String currency, BigDecimal budgetEnvelope, BigDecimal minimumGrant,
        BigDecimal maximumGrant, Instant opensAt, Instant closesAt, int reviewersPerApplication,
        boolean multipleApplicationsAllowed, List<CallForm.CriterionForm> rubric, List<CallForm.ReportForm> reports,
        List<CallForm.TrancheForm> tranches, long version) {

    public static CallView of(GrantCall c) {
        return new CallView(c.getId(), c.getTitle(), c.getDescription(), c.getProgramme(), c.getStatus(),
                new TreeSet<>(c.getPriorityAreas()), new TreeSet<>(c.getPillars()), new TreeSet<>(c.getEligibleRegions()),
                new TreeSet<>(c.getEligibleKinds()), c.getCurrency(), c.getBudgetEnvelope(), c.getMinimumGrant(),
                c.getMaximumGrant(), c.getOpensAt(), c.getClosesAt(), c.getReviewersPerApplication(),
                c.isMultipleApplicationsAllowed(),
                c.getRubric().stream().map(r -> new CallForm.CriterionForm(r.getName(), r.getWeight(),
                        r.getScoreDescriptions())).toList(),
                c.getReports().stream().map(r -> new CallForm.ReportForm(r.getKind(), r.getDueDays())).toList(),
                c.getTranches().stream().map(t -> new CallForm.TrancheForm(t.getPercent(), t.getReleaseEvent())).toList(),
                c.getVersion());
    }
}
