package org.plenary.audit;

/**
 * What a service asks the audit trail to record. before and after are small JSON snapshots
 * (ids, statuses, amounts), never free text with personal data.
 */
public record AuditEntry(String action, String objectType, String objectId, Long organisationId,
        String before, String after) {

    static final int MAX_STATE_LENGTH = 4000;

    public AuditEntry {
        if (action == null || objectType == null) {
            throw new IllegalArgumentException("An audit entry needs an action and an object type");
        }
        requireFits(before);
        requireFits(after);
    }

    private static void requireFits(String state) {
        if (state != null && state.length() > MAX_STATE_LENGTH) {
            throw new IllegalArgumentException("Audit snapshots hold at most " + MAX_STATE_LENGTH + " characters");
        }
    }
}
