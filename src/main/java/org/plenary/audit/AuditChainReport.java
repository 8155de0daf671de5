package org.plenary.audit;

/** The outcome of checking the audit chain: how many events, and the first one that does not fit. */
public record AuditChainReport(long eventsChecked, boolean intact, Long firstBrokenId, String problem) {

    public static AuditChainReport intact(long eventsChecked) {
        return new AuditChainReport(eventsChecked, true, null, null);
    }

    public static AuditChainReport broken(long eventsChecked, Long firstBrokenId, String problem) {
        return new AuditChainReport(eventsChecked, false, firstBrokenId, problem);
    }
}
