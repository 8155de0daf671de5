package org.plenary.grants;

/** A reviewer's part: declare interests first (ASSIGNED), then score (SCORING) and submit; or step aside (CONFLICT). */
public enum ReviewStatus {
    ASSIGNED, CONFLICT, SCORING, SUBMITTED
}
