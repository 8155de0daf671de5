package org.plenary.platform.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.plenary.grants.CallForm;
import org.plenary.grants.Pillar;
import org.plenary.grants.PriorityArea;
import org.plenary.grants.ReleaseEvent;
import org.plenary.grants.ReportKind;
import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;

/**
 * The demo network's calls for proposals: one open for the Global Day of Action, one in draft, and
 * (with the demo grants) one for harm reduction services that opened months ago.
 */
final class DemoCalls {

    private DemoCalls() {
    }

    static CallForm globalDayOfAction(Instant now) {
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return new CallForm("Support. Don't Punish — 26 June Global Day of Action small grants",
                "Small grants for community-led actions on the 26 June Global Day of Action: public events, "
                        + "media work and meetings with decision-makers calling for drug policies that put health "
                        + "and human rights first.",
                "Global Day of Action", EnumSet.of(PriorityArea.SUPPORT_DONT_PUNISH,
                        PriorityArea.DECRIMINALISATION_CRIMINAL_JUSTICE),
                EnumSet.of(Pillar.REGIONAL_NATIONAL_ADVOCACY, Pillar.NETWORKING_COMMUNICATION),
                EnumSet.of(Region.AFRICA, Region.ASIA, Region.EURASIA, Region.LATIN_AMERICA,
                        Region.MIDDLE_EAST_NORTH_AFRICA),
                EnumSet.of(OrganisationKind.COMMUNITY_LED, OrganisationKind.LED_BY_PEOPLE_WHO_USE_DRUGS,
                        OrganisationKind.WOMEN_LED),
                "USD", new BigDecimal("60000.00"), new BigDecimal("1000.00"), new BigDecimal("5000.00"),
                today.minus(Duration.ofDays(3)), today.plus(Duration.ofDays(30)).plus(Duration.ofHours(12)), 2, false,
                List.of(new CallForm.CriterionForm("Relevance to the campaign's messages", 40,
                                List.of("Not related", "Loosely related", "Related", "Clearly related", "Central")),
                        new CallForm.CriterionForm("Feasibility and budget", 30, List.of()),
                        new CallForm.CriterionForm("Involvement of people who use drugs", 30, List.of())),
                List.of(new CallForm.ReportForm(ReportKind.FINAL, 30)),
                List.of(new CallForm.TrancheForm(80, ReleaseEvent.AGREEMENT_SIGNED),
                        new CallForm.TrancheForm(20, ReleaseEvent.FINAL_REPORT_ACCEPTED)));
    }

    static CallForm peerTechnicalSupport(Instant now) {
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return new CallForm("Grants to regional networks for peer technical support",
                "Grants to regional networks of people who use drugs for peer-to-peer technical support "
                        + "to national member networks.",
                "Capacity strengthening", EnumSet.of(PriorityArea.CIVIL_SOCIETY_SPACE),
                EnumSet.of(Pillar.CAPACITY_STRENGTHENING), EnumSet.allOf(Region.class),
                EnumSet.of(OrganisationKind.LED_BY_PEOPLE_WHO_USE_DRUGS),
                "EUR", new BigDecimal("120000.00"), new BigDecimal("10000.00"), new BigDecimal("30000.00"),
                today.plus(Duration.ofDays(14)), today.plus(Duration.ofDays(60)), 3, false,
                List.of(new CallForm.CriterionForm("Quality of the support plan", 50, List.of()),
                        new CallForm.CriterionForm("Reach across the region", 50, List.of())),
                List.of(new CallForm.ReportForm(ReportKind.INTERIM, 180), new CallForm.ReportForm(ReportKind.FINAL, 45)),
                List.of(new CallForm.TrancheForm(60, ReleaseEvent.AGREEMENT_SIGNED),
                        new CallForm.TrancheForm(40, ReleaseEvent.INTERIM_REPORT_ACCEPTED)));
    }

    /**
     * Opened 120 days ago; closes a few minutes after the first start, by when the demo grants have
     * been submitted (the demo loader closes it at once, the call's own timer then finds it closed).
     */
    static CallForm harmReductionServices(Instant now) {
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return new CallForm("Small grants for harm reduction services 2026",
                "Grants of up to 5,000 USD for peer-led harm reduction services run by and with people who use "
                        + "drugs: needle and syringe programmes, naloxone, drop-in spaces, legal and health "
                        + "support, especially where services are criminalised or underfunded.",
                "Harm reduction services", EnumSet.of(PriorityArea.DECRIMINALISATION_CRIMINAL_JUSTICE,
                        PriorityArea.WOMEN_AND_DRUG_POLICY, PriorityArea.CIVIL_SOCIETY_SPACE),
                EnumSet.of(Pillar.CAPACITY_STRENGTHENING, Pillar.REGIONAL_NATIONAL_ADVOCACY),
                EnumSet.allOf(Region.class),
                EnumSet.of(OrganisationKind.COMMUNITY_LED, OrganisationKind.LED_BY_PEOPLE_WHO_USE_DRUGS,
                        OrganisationKind.WOMEN_LED),
                "USD", new BigDecimal("25000.00"), new BigDecimal("1000.00"), new BigDecimal("5000.00"),
                today.minus(Duration.ofDays(120)), now.plus(Duration.ofMinutes(5)), 2, false,
                List.of(new CallForm.CriterionForm("Reach to people who use drugs", 40,
                                List.of("No clear reach", "Few people", "Some people", "Many people",
                                        "Many people, hard to reach")),
                        new CallForm.CriterionForm("Quality and feasibility of the plan", 30, List.of()),
                        new CallForm.CriterionForm("Value for money", 30, List.of())),
                List.of(new CallForm.ReportForm(ReportKind.INTERIM, 90), new CallForm.ReportForm(ReportKind.FINAL, 30)),
                List.of(new CallForm.TrancheForm(60, ReleaseEvent.AGREEMENT_SIGNED),
                        new CallForm.TrancheForm(30, ReleaseEvent.INTERIM_REPORT_ACCEPTED),
                        new CallForm.TrancheForm(10, ReleaseEvent.FINAL_REPORT_ACCEPTED)));
    }
}
