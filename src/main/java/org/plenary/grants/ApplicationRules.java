package org.plenary.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.plenary.identity.MembershipStatus;
import org.plenary.identity.Organisation;
import org.plenary.platform.InvalidInputException;

/**
 * What a draft may hold at any time (lengths, formats), and what a submission needs on top:
 * every part filled in, an open call, an eligible organisation, an amount within the call's
 * bounds and a budget that adds up to it.
 */
public final class ApplicationRules {

    static final int TEXT = 4000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ApplicationRules() {
    }

    /** Checked on every save: nothing too long, nothing malformed. */
    public static void checkDraft(ApplicationForm form) {
        require(form.projectTitle() == null || form.projectTitle().length() <= 200, "application.titleTooLong");
        for (String text : new String[] {form.summary(), form.objectives(), form.activities()}) {
            require(text == null || text.length() <= TEXT, "application.textTooLong", TEXT);
        }
        require(form.countries().stream().allMatch(c -> c != null && COUNTRIES.contains(c.toUpperCase(Locale.ROOT))),
                "application.countryInvalid");
        require(form.requestedAmount() == null || amount(form.requestedAmount()), "application.amountInvalid");
        require(form.budget().size() <= 50, "application.budgetTooLong");
        for (ApplicationForm.BudgetLineForm line : form.budget()) {
            require(line.amount() == null || amount(line.amount()), "application.amountInvalid");
        }
        require(form.startDate() == null || form.endDate() == null || !form.endDate().isBefore(form.startDate()),
                "application.datesInvalid");
    }

    /** Checked at submission, on top of {@link #checkDraft}. */
    public static void checkSubmission(ApplicationForm form, GrantCall call, Organisation organisation, Instant now) {
        checkDraft(form);
        require(call.acceptsSubmissionsAt(now), "application.callClosed");
        require(organisation.getMembershipStatus() == MembershipStatus.ACTIVE, "application.notActiveMember");
        require(call.getEligibleRegions().contains(organisation.getRegion()), "application.regionNotEligible");
        require(call.getEligibleKinds().stream().anyMatch(organisation.getKinds()::contains),
                "application.kindNotEligible");
        require(filled(form.projectTitle()) && filled(form.summary()) && filled(form.objectives())
                && filled(form.activities()), "application.incomplete");
        require(!form.countries().isEmpty(), "application.countriesRequired");
        require(form.startDate() != null && form.endDate() != null, "application.datesRequired");
        BigDecimal requested = form.requestedAmount();
        require(requested != null && requested.compareTo(call.getMinimumGrant()) >= 0
                && requested.compareTo(call.getMaximumGrant()) <= 0, "application.amountOutOfBounds",
                call.getMinimumGrant(), call.getMaximumGrant(), call.getCurrency());
        require(!form.budget().isEmpty() && form.budget().stream().allMatch(l -> filled(l.category()) && l.amount() != null),
                "application.budgetRequired");
        BigDecimal total = form.budget().stream().map(ApplicationForm.BudgetLineForm::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        require(total.compareTo(requested) == 0, "application.budgetMismatch", total, requested, call.getCurrency());
        require(Boolean.TRUE.equals(form.declaresAccuracy()) && Boolean.TRUE.equals(form.acceptsDataUse()),
                "application.declarationsRequired");
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean amount(BigDecimal value) {
        return value.signum() >= 0 && value.scale() <= 2 && value.precision() - value.scale() <= 13;
    }

    private static void require(boolean rule, String messageKey, Object... arguments) {
        if (!rule) {
            throw new InvalidInputException(messageKey, arguments);
        }
    }
}
