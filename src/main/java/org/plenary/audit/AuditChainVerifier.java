package org.plenary.audit;

import java.util.Objects;

/**
 * Walks the audit events in order and checks that ids run without gaps, that each event points at
 * its predecessor's hash, that each hash matches the event's content, and that the chain ends
 * where the head says. Any edit, deletion or insertion shows up as the first broken id.
 */
public final class AuditChainVerifier {

    private final String headHash;
    private final long headId;
    private long expectedId = 1;
    private String previousHash = AuditHash.GENESIS;
    private AuditChainReport failure;

    public AuditChainVerifier(long headId, String headHash) {
        this.headId = headId;
        this.headHash = headHash;
    }

    /** Feeds the next event in id order; returns false once the chain is known to be broken. */
    public boolean accept(AuditEvent event) {
        if (failure != null) {
            return false;
        }
        long checked = expectedId - 1;
        if (event.getId() != expectedId) {
            failure = AuditChainReport.broken(checked, expectedId, "missing event " + expectedId);
        } else if (!Objects.equals(event.getPreviousHash(), previousHash)) {
            failure = AuditChainReport.broken(checked, event.getId(), "link to the previous event does not match");
        } else if (!Objects.equals(AuditHash.of(event), event.getHash())) {
            failure = AuditChainReport.broken(checked, event.getId(), "content does not match its hash");
        } else {
            previousHash = event.getHash();
            expectedId++;
            return true;
        }
        return false;
    }

    public AuditChainReport finish() {
        if (failure != null) {
            return failure;
        }
        long checked = expectedId - 1;
        if (checked != headId || !previousHash.equals(headHash)) {
            return AuditChainReport.broken(checked, checked + 1, "the chain ends before its recorded head " + headId);
        }
        return AuditChainReport.intact(checked);
    }
}
