package org.plenary.identity.application;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.Languages;
import org.plenary.identity.MembershipStatus;
import org.plenary.identity.Organisation;
import org.plenary.identity.Region;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.platform.TimeSource;
import org.plenary.platform.config.PlenarySettings;

/**
 * A production installation starts with nobody who can sign in. On the first start (no users yet)
 * this creates the network's secretariat organisation and one admin from PLENARY_ADMIN_EMAIL and
 * PLENARY_ADMIN_PASSWORD; without them Plenary refuses to start rather than run unreachable.
 */
@ApplicationScoped
public class FirstAdministrator {

    public static final String EMAIL = "plenary.admin.email";
    public static final String PASSWORD = "plenary.admin.password";
    public static final String NETWORK_NAME = "plenary.network.name";
    public static final String NETWORK_COUNTRY = "plenary.network.country";
    static final int MIN_PASSWORD = 12;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Transactional
    public void createIfNoUsers() {
        long users = em.createQuery("select count(u) from User u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        Optional<String> email = PlenarySettings.get(EMAIL);
        Optional<String> password = PlenarySettings.get(PASSWORD);
        if (email.isEmpty() || password.isEmpty() || password.get().length() < MIN_PASSWORD) {
            throw new IllegalStateException("Plenary has no users yet. For the first start, set PLENARY_ADMIN_EMAIL "
                    + "and PLENARY_ADMIN_PASSWORD (at least " + MIN_PASSWORD + " characters); remove them afterwards.");
        }
        Organisation secretariat = new Organisation(PlenarySettings.get(NETWORK_NAME, "Network secretariat"),
                PlenarySettings.get(NETWORK_COUNTRY, "GB"), Region.GLOBAL, EnumSet.noneOf(
                        org.plenary.identity.OrganisationKind.class), MembershipStatus.ACTIVE, time.now());
        em.persist(secretariat);
        User admin = new User(email.get(), "Administrator", secretariat, Languages.DEFAULT, ZoneOffset.UTC.getId(),
                EnumSet.of(Role.ADMIN), passwords.hash(password.get()), false, time.now());
        em.persist(admin);
        em.flush();
        audit.record(Caller.system(), new AuditEntry("identity.firstAdmin.created", "User", admin.getId().toString(),
                secretariat.getId(), null, AuditSnapshot.with("email", admin.getEmail())
                        .and("organisation", secretariat.getName()).json()));
        LOG.info(() -> "Created the first administrator " + admin.getEmail() + " for " + secretariat.getName());
    }
}
