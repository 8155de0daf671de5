package org.plenary.grants;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.identity.MembershipStatus;
import org.plenary.identity.Organisation;
import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;
import org.plenary.platform.InvalidInputException;

class ApplicationRulesTest {

    private static final Instant OPENS = Instant.parse("2027-04-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-05-15T12:00:00Z");
    private static final Instant DURING = Instant.parse("2027-05-01T08:00:00Z");

    private final GrantCall call = openCall();
    private final Organisation nairobi = new Organisation("Nairobi Harm Reduction Collective", "KE", Region.AFRICA,
            EnumSet.of(OrganisationKind.COMMUNITY_LED), MembershipStatus.ACTIVE, OPENS);

    private static GrantCall openCall() {
        GrantCall call = new GrantCall(CallForms.globalDayOfAction(OPENS, CLOSES), OPENS, "secretariat@demo.plenary");
        call.open(OPENS, "process");
        return call;
    }

    static ApplicationForm complete(String amount, String... lines) {
        List<ApplicationForm.BudgetLineForm> budget = java.util.Arrays.stream(lines)
                .map(a -> new ApplicationForm.BudgetLineForm("Venue and materials", null, new BigDecimal(a))).toList();
        return new ApplicationForm("Support. Don't Punish day in Nairobi", "A public action on 26 June.",
                "Raise awareness of decriminalisation.", "March, theatre, meeting with county health officials.",
                Set.of("ke"), LocalDate.parse("2027-06-01"), LocalDate.parse("2027-07-31"), new BigDecimal(amount),
                budget, true, true);
    }

    private String refusal(ApplicationForm form, Organisation organisation, Instant at) {
        return assertThrows(InvalidInputException.class,
                () -> ApplicationRules.checkSubmission(form, call, organisation, at)).getMessageKey();
    }

    @Test
    void aCompleteEligibleApplicationWithinTheDeadlinePasses() {
        assertDoesNotThrow(() -> ApplicationRules.checkSubmission(complete("3000.00", "1000", "2000"), call, nairobi,
                DURING));
    }

    @Test
    void theBudgetMustAddUpToTheRequestedAmount() {
        assertEquals("application.budgetMismatch", refusal(complete("3000.00", "1000", "1999.99"), nairobi, DURING));
    }

    @Test
    void theAmountMustBeWithinTheCallsBounds() {
        assertEquals("application.amountOutOfBounds", refusal(complete("999.99", "999.99"), nairobi, DURING));
        assertEquals("application.amountOutOfBounds", refusal(complete("5000.01", "5000.01"), nairobi, DURING));
    }

    @Test
    void aLateSubmissionIsRefused() {
        assertEquals("application.callClosed", refusal(complete("3000", "3000"), nairobi, CLOSES));
    }

    @Test
    void onlyEligibleActiveMembersMaySubmit() {
        Organisation lisbon = new Organisation("Lisbon Decriminalisation Observatory", "PT", Region.EUROPE,
                EnumSet.of(OrganisationKind.COMMUNITY_LED), MembershipStatus.ACTIVE, OPENS);
        assertEquals("application.regionNotEligible", refusal(complete("3000", "3000"), lisbon, DURING));
        Organisation lawyers = new Organisation("Delhi Lawyers", "IN", Region.ASIA,
                EnumSet.of(OrganisationKind.OUTSIDE_DRUGS_FIELD), MembershipStatus.ACTIVE, OPENS);
        assertEquals("application.kindNotEligible", refusal(complete("3000", "3000"), lawyers, DURING));
        Organisation pending = new Organisation("Dakar Santé Communautaire", "SN", Region.AFRICA,
                EnumSet.of(OrganisationKind.COMMUNITY_LED), MembershipStatus.PENDING, OPENS);
        assertEquals("application.notActiveMember", refusal(complete("3000", "3000"), pending, DURING));
    }

    @Test
    void declarationsAndAllPartsAreNeededToSubmitButNotToSaveADraft() {
        ApplicationForm partial = new ApplicationForm("Draft title", null, null, null, Set.of(), null, null, null,
                List.of(), false, false);
        assertDoesNotThrow(() -> ApplicationRules.checkDraft(partial));
        assertEquals("application.incomplete", refusal(partial, nairobi, DURING));
        ApplicationForm complete = complete("3000", "3000");
        ApplicationForm undeclared = new ApplicationForm(complete.projectTitle(), complete.summary(),
                complete.objectives(), complete.activities(), complete.countries(), complete.startDate(),
                complete.endDate(), complete.requestedAmount(), complete.budget(), true, false);
        assertEquals("application.declarationsRequired", refusal(undeclared, nairobi, DURING));
    }

    @Test
    void malformedDraftsAreRefusedEvenBeforeSubmission() {
        ApplicationForm badCountry = new ApplicationForm("t", null, null, null, Set.of("Kenya"), null, null, null,
                List.of(), false, false);
        assertEquals("application.countryInvalid", assertThrows(InvalidInputException.class,
                () -> ApplicationRules.checkDraft(badCountry)).getMessageKey());
        ApplicationForm backwards = new ApplicationForm("t", null, null, null, Set.of(), LocalDate.parse("2027-07-01"),
                LocalDate.parse("2027-06-01"), null, List.of(), false, false);
        assertEquals("application.datesInvalid", assertThrows(InvalidInputException.class,
                () -> ApplicationRules.checkDraft(backwards)).getMessageKey());
    }

    @Test
    void aSubmittedApplicationNoLongerChanges() {
        GrantApplication application = new GrantApplication(call, nairobi, DURING, "applicant@demo.plenary");
        application.write(complete("3000", "3000"));
        application.submit(DURING, "applicant@demo.plenary", "p1");
        assertEquals("application.alreadySubmitted", assertThrows(InvalidInputException.class,
                () -> application.write(complete("4000", "4000"))).getMessageKey());
        assertEquals("application.alreadySubmitted", assertThrows(InvalidInputException.class,
                () -> application.submit(DURING, "applicant@demo.plenary", "p2")).getMessageKey());
        assertEquals(new BigDecimal("3000"), application.getRequestedAmount());
        assertEquals(Set.of("KE"), application.getCountries());
    }
}
