package org.plenary.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row that points at the newest audit event. Appending an event locks it, which gives
 * the chain one order even when many transactions write at once, and lets the verifier notice a
 * deleted tail.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    @Version
    private long version;

    protected AuditChainHead() {
    }

    /** The head of an empty chain, as the first migration inserts it. */
    static AuditChainHead genesis() {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.lastId = 0;
        head.lastHash = AuditHash.GENESIS;
        return head;
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    void advanceTo(AuditEvent event) {
        this.lastId = event.getId();
        this.lastHash = event.getHash();
    }
}
