package org.plenary.grants;

/** What has to happen before a tranche of a grant may be paid. */
public enum ReleaseEvent {
    AGREEMENT_SIGNED, INTERIM_REPORT_ACCEPTED, FINAL_REPORT_ACCEPTED
}
