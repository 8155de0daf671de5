package org.plenary.grants;

/**
 * Where an application stands. DRAFT until submitted; then the secretariat screens it and finds
 * it eligible or not, or first asks the applicant a question (CLARIFICATION_REQUESTED).
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, CLARIFICATION_REQUESTED, ELIGIBLE, INELIGIBLE
}
