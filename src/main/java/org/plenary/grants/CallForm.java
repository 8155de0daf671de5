package org.plenary.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;

/** What the secretariat fills in for a call for proposals. Checked by {@link CallRules}. */
public record CallForm(String title, String description, String programme, Set<PriorityArea> priorityAreas,
        Set<Pillar> pillars, Set<Region> eligibleRegions, Set<OrganisationKind> eligibleKinds, String currency,
        BigDecimal budgetEnvelope, BigDecimal minimumGrant, BigDecimal maximumGrant, Instant opensAt,
        Instant closesAt, Integer reviewersPerApplication, Boolean multipleApplicationsAllowed,
        List<CriterionForm> rubric, List<ReportForm> reports, List<TrancheForm> tranches) {

    public CallForm {
        priorityAreas = priorityAreas == null ? Set.of() : Set.copyOf(priorityAreas);
        pillars = pillars == null ? Set.of() : Set.copyOf(pillars);
        eligibleRegions = eligibleRegions == null ? Set.of() : Set.copyOf(eligibleRegions);
        eligibleKinds = eligibleKinds == null ? Set.of() : Set.copyOf(eligibleKinds);
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
        reports = reports == null ? List.of() : List.copyOf(reports);
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
    }

    /** A rubric criterion: name, weight in percent, descriptions of scores 1 to 5. */
    public record CriterionForm(String name, Integer weight, List<String> scoreDescriptions) {
    }

    /** A required report: kind and days after the project's start (interim) or end (final). */
    public record ReportForm(ReportKind kind, Integer dueDays) {
    }

    /** A tranche: percent of the grant and the event that releases it. */
    public record TrancheForm(Integer percent, ReleaseEvent releaseEvent) {
    }
}
