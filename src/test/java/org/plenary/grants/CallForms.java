package org.plenary.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;

/** A valid call for the 26 June Global Day of Action small grants, to vary in tests. */
final class CallForms {

    private CallForms() {
    }

    static CallForm globalDayOfAction(Instant opens, Instant closes) {
        return new CallForm("Support. Don't Punish — 26 June small grants", "Small grants for local actions.",
                "Global Day of Action", EnumSet.of(PriorityArea.SUPPORT_DONT_PUNISH),
                EnumSet.of(Pillar.REGIONAL_NATIONAL_ADVOCACY), EnumSet.of(Region.AFRICA, Region.ASIA),
                EnumSet.of(OrganisationKind.COMMUNITY_LED), "usd", new BigDecimal("50000.00"),
                new BigDecimal("1000.00"), new BigDecimal("5000.00"), opens, closes, 2, false,
                List.of(new CallForm.CriterionForm("Relevance", 60, List.of("None", "Weak", "Fair", "Good", "Excellent")),
                        new CallForm.CriterionForm("Feasibility", 40, List.of())),
                List.of(new CallForm.ReportForm(ReportKind.INTERIM, 60), new CallForm.ReportForm(ReportKind.FINAL, 30)),
                List.of(new CallForm.TrancheForm(70, ReleaseEvent.AGREEMENT_SIGNED),
                        new CallForm.TrancheForm(30, ReleaseEvent.INTERIM_REPORT_ACCEPTED)));
    }
}
