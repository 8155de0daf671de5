package org.plenary.grants;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an application's budget, in the call's currency. */
@Embeddable
public class BudgetLine {

    @Column(name = "category", nullable = false, length = 100)
    private String category;

    @Column(name = "description", length = 500)
    private String description;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    protected BudgetLine() {
    }

    public BudgetLine(String category, String description, BigDecimal amount) {
        this.category = category == null ? null : category.trim();
        this.description = description;
        this.amount = amount;
    }

    public String getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
