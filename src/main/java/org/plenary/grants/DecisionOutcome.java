package org.plenary.grants;

/** What the secretariat decides on a reviewed application. */
public enum DecisionOutcome {
    APPROVE, REJECT, WAITLIST;

    public String processValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
