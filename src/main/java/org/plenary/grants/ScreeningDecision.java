package org.plenary.grants;

/** The secretariat's outcome of eligibility screening, as the small-grant process routes it. */
public enum ScreeningDecision {
    ELIGIBLE("eligible"), INELIGIBLE("ineligible"), CLARIFY("clarify");

    private final String processValue;

    ScreeningDecision(String processValue) {
        this.processValue = processValue;
    }

    /** The value of the process variable "screening" the BPMN gateway tests. */
    public String processValue() {
        return processValue;
    }
}
