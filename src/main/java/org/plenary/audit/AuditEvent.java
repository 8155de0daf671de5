package org.plenary.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded step: who (and in which roles) did what to which object, when (UTC), with the
 * state before and after where it matters. Events are never changed: each carries the hash of
 * the one before it, so an edited or deleted event breaks the chain (see {@link AuditChainVerifier}).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_roles", nullable = false)
    private String actorRoles;

    @Column(nullable = false)
    private String action;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "before_state", length = 4000)
    private String beforeState;

    @Column(name = "after_state", length = 4000)
    private String afterState;

    @Column(name = "previous_hash", nullable = false)
    private String previousHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long id, Instant occurredAt, String actor, String actorRoles, AuditEntry entry, String previousHash) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRoles = actorRoles;
        this.action = entry.action();
        this.objectType = entry.objectType();
        this.objectId = entry.objectId();
        this.organisationId = entry.organisationId();
        this.beforeState = entry.before();
        this.afterState = entry.after();
        this.previousHash = previousHash;
        this.hash = AuditHash.of(this);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
