package org.plenary.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member organisation of the network (or the network's own secretariat). Every case in
 * Plenary belongs to one organisation, and its users never see another organisation's cases.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Region region;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_kind", joinColumns = @JoinColumn(name = "organisation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status", nullable = false)
    private MembershipStatus membershipStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String country, Region region, Set<OrganisationKind> kinds,
            MembershipStatus membershipStatus, Instant createdAt) {
        this.createdAt = createdAt;
        update(name, country, region, kinds, membershipStatus);
    }

    public final void update(String name, String country, Region region, Set<OrganisationKind> kinds,
            MembershipStatus membershipStatus) {
        this.name = name.trim();
        this.country = country.trim().toUpperCase(java.util.Locale.ROOT);
        this.region = region;
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(kinds);
        this.membershipStatus = membershipStatus;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public Region getRegion() {
        return region;
    }

    public Set<OrganisationKind> getKinds() {
        return kinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(kinds);
    }

    public MembershipStatus getMembershipStatus() {
        return membershipStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
