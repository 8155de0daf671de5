package org.plenary.grants;

/**
 * Where an application stands, from draft to a closed grant. The small-grant process moves it:
 * screening (SUBMITTED, CLARIFICATION_REQUESTED, then INELIGIBLE or ELIGIBLE), peer review
 * (IN_REVIEW), decision (AWAITING_DECISION, WAITLISTED, APPROVAL_PENDING for the second approver,
 * REJECTED or APPROVED), the agreement (AGREEMENT_ACCEPTED until countersigned), the running grant
 * (ACTIVE) and its end (CLOSED, or TERMINATED early).
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, CLARIFICATION_REQUESTED, ELIGIBLE, INELIGIBLE, IN_REVIEW, AWAITING_DECISION, WAITLISTED,
    APPROVAL_PENDING, APPROVED, REJECTED, AGREEMENT_ACCEPTED, ACTIVE, CLOSED, TERMINATED;

    public boolean isFinal() {
        return this == INELIGIBLE || this == REJECTED || this == CLOSED || this == TERMINATED;
    }

    /** Approved and not ended early: the approved amount is taken from the envelope. */
    public boolean isFunded() {
        return this == APPROVED || this == AGREEMENT_ACCEPTED || this == ACTIVE || this == CLOSED;
    }
}
