package org.plenary.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an applicant writes. A draft may be incomplete; {@link ApplicationRules} checks it in full
 * at submission.
 */
public record ApplicationForm(String projectTitle, String summary, String objectives, String activities,
        Set<String> countries, LocalDate startDate, LocalDate endDate, BigDecimal requestedAmount,
        List<BudgetLineForm> budget, Boolean declaresAccuracy, Boolean acceptsDataUse) {

    public ApplicationForm {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        budget = budget == null ? List.of() : List.copyOf(budget);
    }

    /** A budget line: category, description, amount. */
    public record BudgetLineForm(String category, String description, BigDecimal amount) {
    }
}
