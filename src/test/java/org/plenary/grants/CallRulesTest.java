package org.plenary.grants;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.platform.InvalidInputException;

class CallRulesTest {

    private static final Instant OPENS = Instant.parse("2027-04-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-05-15T12:00:00Z");
    private final CallForm valid = CallForms.globalDayOfAction(OPENS, CLOSES);

    private static String refusal(CallForm form) {
        return assertThrows(InvalidInputException.class, () -> CallRules.check(form)).getMessageKey();
    }

    private CallForm with(BigDecimal envelope, BigDecimal min, BigDecimal max) {
        return new CallForm(valid.title(), valid.description(), valid.programme(), valid.priorityAreas(),
                valid.pillars(), valid.eligibleRegions(), valid.eligibleKinds(), valid.currency(), envelope, min, max,
                valid.opensAt(), valid.closesAt(), 2, false, valid.rubric(), valid.reports(), valid.tranches());
    }

    private CallForm withRubricAndTranches(List<CallForm.CriterionForm> rubric, List<CallForm.TrancheForm> tranches,
            List<CallForm.ReportForm> reports) {
        return new CallForm(valid.title(), valid.description(), valid.programme(), valid.priorityAreas(),
                valid.pillars(), valid.eligibleRegions(), valid.eligibleKinds(), valid.currency(),
                valid.budgetEnvelope(), valid.minimumGrant(), valid.maximumGrant(), valid.opensAt(), valid.closesAt(),
                2, false, rubric, reports, tranches);
    }

    @Test
    void aCompleteCallPasses() {
        assertDoesNotThrow(() -> CallRules.check(valid));
    }

    @Test
    void amountsMustFitTogether() {
        assertEquals("call.grantBoundsInvalid", refusal(with(new BigDecimal("50000"), new BigDecimal("6000"),
                new BigDecimal("5000"))));
        assertEquals("call.maximumAboveEnvelope", refusal(with(new BigDecimal("4000"), new BigDecimal("1000"),
                new BigDecimal("5000"))));
        assertEquals("call.envelopeRequired", refusal(with(new BigDecimal("-1"), new BigDecimal("1000"),
                new BigDecimal("5000"))));
        assertEquals("call.envelopeRequired", refusal(with(new BigDecimal("100.001"), new BigDecimal("1"),
                new BigDecimal("5"))));
    }

    @Test
    void weightsAndTranchesAddUpToAHundred() {
        assertEquals("call.weightsInvalid", refusal(withRubricAndTranches(
                List.of(new CallForm.CriterionForm("Relevance", 60, List.of())), valid.tranches(), valid.reports())));
        assertEquals("call.tranchesInvalid", refusal(withRubricAndTranches(valid.rubric(),
                List.of(new CallForm.TrancheForm(70, ReleaseEvent.AGREEMENT_SIGNED)), valid.reports())));
        assertEquals("call.firstTrancheOnAgreement", refusal(withRubricAndTranches(valid.rubric(),
                List.of(new CallForm.TrancheForm(100, ReleaseEvent.FINAL_REPORT_ACCEPTED)), valid.reports())));
    }

    @Test
    void aTrancheOnTheInterimReportNeedsAnInterimReportAndEveryCallAFinalOne() {
        assertEquals("call.interimReportRequired", refusal(withRubricAndTranches(valid.rubric(), valid.tranches(),
                List.of(new CallForm.ReportForm(ReportKind.FINAL, 30)))));
        assertEquals("call.finalReportRequired", refusal(withRubricAndTranches(valid.rubric(),
                List.of(new CallForm.TrancheForm(100, ReleaseEvent.AGREEMENT_SIGNED)),
                List.of(new CallForm.ReportForm(ReportKind.INTERIM, 30)))));
    }

    @Test
    void aCallOpensBeforeItsDeadlineAndHasACurrency() {
        CallForm backwards = CallForms.globalDayOfAction(CLOSES, OPENS);
        assertEquals("call.datesInvalid", refusal(backwards));
        CallForm noCurrency = new CallForm(valid.title(), null, null, Set.of(), Set.of(), valid.eligibleRegions(),
                valid.eligibleKinds(), "dollars", valid.budgetEnvelope(), valid.minimumGrant(), valid.maximumGrant(),
                OPENS, CLOSES, 2, false, valid.rubric(), valid.reports(), valid.tranches());
        assertEquals("call.currencyInvalid", refusal(noCurrency));
    }

    @Test
    void aCallAcceptsSubmissionsOnlyWhileOpenAndBetweenItsDates() {
        GrantCall call = new GrantCall(valid, OPENS, "secretariat@demo.plenary");
        assertEquals("USD", call.getCurrency());
        assertFalse(call.acceptsSubmissionsAt(OPENS.plusSeconds(60)), "a draft takes nothing");
        call.open(OPENS, "process-1");
        assertTrue(call.acceptsSubmissionsAt(OPENS));
        assertTrue(call.acceptsSubmissionsAt(CLOSES.minusSeconds(1)));
        assertFalse(call.acceptsSubmissionsAt(CLOSES));
        assertEquals("call.onlyDraftsChange", assertThrows(InvalidInputException.class, () -> call.revise(valid))
                .getMessageKey());
        call.close();
        call.close();
        assertEquals(CallStatus.CLOSED, call.getStatus());
        call.archive();
        assertEquals(CallStatus.ARCHIVED, call.getStatus());
    }

    @Test
    void aCallWhoseDeadlineHasPassedCannotOpen() {
        GrantCall call = new GrantCall(valid, OPENS, "secretariat@demo.plenary");
        assertEquals("call.deadlinePassed", assertThrows(InvalidInputException.class,
                () -> call.open(CLOSES, "process-1")).getMessageKey());
        assertEquals(CallStatus.DRAFT, call.getStatus());
    }
}
