package org.plenary.identity;

import java.time.Duration;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in to Plenary, always on behalf of one organisation. Repeated failed
 * sign-ins lock the account for a while (see {@link #recordFailedLogin}).
 */
@Entity
@Table(name = "app_user")
public class User {

    public static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** A secretariat user's regional portfolio: the regions whose applications are routed to them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_region", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region")
    private Set<Region> regions = EnumSet.noneOf(Region.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String email, String fullName, Organisation organisation, String preferredLanguage, String timeZone,
            Set<Role> roles, String passwordHash, boolean demoAccount, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.passwordHash = passwordHash;
        this.demoAccount = demoAccount;
        this.createdAt = createdAt;
        update(fullName, organisation, preferredLanguage, timeZone, roles, true);
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public final void update(String fullName, Organisation organisation, String preferredLanguage, String timeZone,
            Set<Role> roles, boolean active) {
        this.fullName = fullName.trim();
        this.organisation = organisation;
        this.preferredLanguage = preferredLanguage;
        this.timeZone = timeZone;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = active;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Returns true when this failure locks the account. The lock doubles with each further failure. */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins < FAILURES_BEFORE_LOCK) {
            return false;
        }
        long factor = 1L << Math.min(failedLogins - FAILURES_BEFORE_LOCK, 6);
        Duration lock = FIRST_LOCK.multipliedBy(factor);
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        return true;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Region> getRegions() {
        return regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
    }

    /** Replaces the regional portfolio (the service checks that the user is secretariat staff). */
    public void changeRegions(Set<Region> covered) {
        regions.clear();
        regions.addAll(covered);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDemoAccount() {
        return demoAccount;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
