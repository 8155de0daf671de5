package org.plenary.grants;

import java.math.BigDecimal;
import java.util.Currency;

import org.plenary.platform.InvalidInputException;

/** Checks a call form; each broken rule is a translated message and nothing is saved. */
public final class CallRules {

    public static final int MAX_REVIEWERS = 5;

    private CallRules() {
    }

    public static void check(CallForm form) {
        require(form.title() != null && !form.title().isBlank() && form.title().length() <= 200, "call.titleRequired");
        require(form.description() == null || form.description().length() <= 4000, "call.descriptionTooLong");
        require(validCurrency(form.currency()), "call.currencyInvalid");
        require(positive(form.budgetEnvelope()), "call.envelopeRequired");
        require(positive(form.minimumGrant()) && positive(form.maximumGrant())
                && form.minimumGrant().compareTo(form.maximumGrant()) <= 0, "call.grantBoundsInvalid");
        require(form.maximumGrant().compareTo(form.budgetEnvelope()) <= 0, "call.maximumAboveEnvelope");
        require(form.opensAt() != null && form.closesAt() != null && form.opensAt().isBefore(form.closesAt()),
                "call.datesInvalid");
        require(!form.eligibleRegions().isEmpty(), "call.regionsRequired");
        require(!form.eligibleKinds().isEmpty(), "call.kindsRequired");
        int reviewers = form.reviewersPerApplication() == null ? 2 : form.reviewersPerApplication();
        require(reviewers >= 1 && reviewers <= MAX_REVIEWERS, "call.reviewersInvalid", MAX_REVIEWERS);
        checkRubric(form);
        checkReports(form);
        checkTranches(form);
    }

    private static void checkRubric(CallForm form) {
        require(!form.rubric().isEmpty(), "call.rubricRequired");
        int total = 0;
        for (CallForm.CriterionForm criterion : form.rubric()) {
            require(criterion.name() != null && !criterion.name().isBlank(), "call.criterionNameRequired");
            require(criterion.weight() != null && criterion.weight() > 0, "call.weightsInvalid");
            total += criterion.weight();
        }
        require(total == 100, "call.weightsInvalid");
    }

    private static void checkReports(CallForm form) {
        long finals = form.reports().stream().filter(r -> r.kind() == ReportKind.FINAL).count();
        require(finals == 1, "call.finalReportRequired");
        for (CallForm.ReportForm report : form.reports()) {
            require(report.kind() != null && report.dueDays() != null && report.dueDays() >= 0
                    && report.dueDays() <= 730, "call.reportDueInvalid");
        }
    }

    private static void checkTranches(CallForm form) {
        require(!form.tranches().isEmpty(), "call.tranchesInvalid");
        int total = 0;
        for (CallForm.TrancheForm tranche : form.tranches()) {
            require(tranche.percent() != null && tranche.percent() > 0 && tranche.releaseEvent() != null,
                    "call.tranchesInvalid");
            total += tranche.percent();
        }
        require(total == 100, "call.tranchesInvalid");
        require(form.tranches().get(0).releaseEvent() == ReleaseEvent.AGREEMENT_SIGNED, "call.firstTrancheOnAgreement");
        boolean interimNeeded = form.tranches().stream()
                .anyMatch(t -> t.releaseEvent() == ReleaseEvent.INTERIM_REPORT_ACCEPTED);
        require(!interimNeeded || form.reports().stream().anyMatch(r -> r.kind() == ReportKind.INTERIM),
                "call.interimReportRequired");
    }

    private static boolean validCurrency(String code) {
        try {
            return code != null && Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT)) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.scale() <= 2;
    }

    private static void require(boolean rule, String messageKey, Object... arguments) {
        if (!rule) {
            throw new InvalidInputException(messageKey, arguments);
        }
    }

}
