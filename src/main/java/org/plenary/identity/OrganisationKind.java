package org.plenary.identity;

/** What kind of organisation a member is; calls use these for eligibility. */
public enum OrganisationKind {
    COMMUNITY_LED, WOMEN_LED, LED_BY_PEOPLE_WHO_USE_DRUGS, OUTSIDE_DRUGS_FIELD
}
