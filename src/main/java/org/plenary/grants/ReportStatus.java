package org.plenary.grants;

/** A report owed by a grantee: PLANNED until it opens, OPEN to write, SUBMITTED to review, then ACCEPTED or back for REVISION. */
public enum ReportStatus {
    PLANNED, OPEN, SUBMITTED, REVISION_REQUESTED, ACCEPTED
}
