package org.plenary.platform.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.GrantCall;
import org.plenary.grants.application.CallService;
import org.plenary.grants.application.CallTeamService;
import org.plenary.identity.application.CallerProvider;
import org.plenary.identity.Caller;
import org.plenary.identity.MembershipStatus;
import org.plenary.identity.Organisation;
import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.identity.application.PasswordHashing;
import org.plenary.platform.TimeSource;

/**
 * The demo network, loaded on the first start of the demo profile: member organisations in every
 * region and of every kind (demo/organisations.csv) and a demo account for every role. Never
 * loaded in production, where demo accounts stop Plenary from starting.
 */
@ApplicationScoped
public class DemoNetwork {

    public static final String PASSWORD = "plenary-demo";
    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    /** email, name, organisation, language, time zone, roles. */
    record DemoAccount(String email, String name, String organisation, String language, String timeZone,
            Set<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("applicant@demo.plenary", "Amina Odhiambo", "Nairobi Harm Reduction Collective", "en",
                    "Africa/Nairobi", EnumSet.of(Role.APPLICANT)),
            new DemoAccount("reviewer@demo.plenary", "Somchai Rattanakorn", "Mekong Harm Reduction Partnership", "en",
                    "Asia/Bangkok", EnumSet.of(Role.REVIEWER)),
            new DemoAccount("secretariat@demo.plenary", "Claire Dubois", "Global Drug Policy Network Secretariat",
                    "fr", "Europe/London", EnumSet.of(Role.SECRETARIAT)),
            new DemoAccount("finance@demo.plenary", "Kofi Mensah", "Global Drug Policy Network Secretariat", "en",
                    "Africa/Accra", EnumSet.of(Role.SECRETARIAT)),
            new DemoAccount("auditor@demo.plenary", "Jonas Lindqvist", "Global Drug Policy Network Secretariat", "en",
                    "Europe/Stockholm", EnumSet.of(Role.AUDITOR)),
            new DemoAccount("admin@demo.plenary", "Ravi Menon", "Global Drug Policy Network Secretariat", "en",
                    "Europe/London", EnumSet.of(Role.ADMIN)),
            new DemoAccount("applicant.latam@demo.plenary", "Lucía Fernández",
                    "Red Mexicana de Mujeres que Usan Drogas", "es", "America/Mexico_City", EnumSet.of(Role.APPLICANT)),
            new DemoAccount("applicant.eurasia@demo.plenary", "Nino Beridze", "Tbilisi Drug Policy Platform", "ru",
                    "Asia/Tbilisi", EnumSet.of(Role.APPLICANT)),
            new DemoAccount("reviewer.europe@demo.plenary", "Tomasz Nowak", "Warsaw Harm Reduction Society", "en",
                    "Europe/Warsaw", EnumSet.of(Role.REVIEWER)),
            new DemoAccount("reviewer.africa@demo.plenary", "Grace Mwangi", "Kampala Drug Policy Forum", "en",
                    "Africa/Kampala", EnumSet.of(Role.REVIEWER, Role.APPLICANT)));

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    CallService calls;

    @Inject
    CallTeamService team;

    @Inject
    CallerProvider callers;

    /** Loads the demo network into an empty database; true if it did (the demo grants follow). */
    @Transactional
    public boolean loadIfEmpty() {
        long organisations = em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
        if (organisations == 0) {
            load();
        }
        printAccounts();
        return organisations == 0;
    }

    /** Production must not carry accounts whose password is printed in the README. */
    @Transactional
    public void refuseDemoAccounts() {
        long demo = em.createQuery("select count(u) from User u where u.demoAccount = true", Long.class)
                .getSingleResult();
        if (demo > 0) {
            throw new IllegalStateException("Refusing to start in the production profile: the database holds " + demo
                    + " demo accounts with a published password. Remove them (or start with plenary.profile=demo).");
        }
    }

    private void load() {
        Map<String, Organisation> byName = new HashMap<>();
        for (Organisation organisation : readOrganisations()) {
            em.persist(organisation);
            byName.put(organisation.getName(), organisation);
        }
        // one hash for all demo accounts: their password is public anyway, and 9 hashes would slow the first start
        String hash = passwords.hash(PASSWORD);
        for (DemoAccount account : ACCOUNTS) {
            Organisation organisation = byName.get(account.organisation());
            em.persist(new User(account.email(), account.name(), organisation, account.language(), account.timeZone(),
                    account.roles(), hash, true, time.now()));
        }
        em.flush();
        GrantCall dayOfAction = calls.seed(DemoCalls.globalDayOfAction(time.now()), true);
        // the call's grants officers: its applications' secretariat steps are offered to them (call team routing)
        List<Long> officers = em.createQuery("select u.id from User u where u.email in :emails order by u.id", Long.class)
                .setParameter("emails", List.of(DemoGrantSteps.SECRETARIAT, DemoGrantSteps.FINANCE)).getResultList();
        callers.actingAs(DemoGrantSteps.SECRETARIAT, () -> team.change(dayOfAction.getId(), officers));
        calls.seed(DemoCalls.peerTechnicalSupport(time.now()), false);
        audit.record(Caller.system(), new AuditEntry("demo.network.loaded", "DemoNetwork", null, null, null,
                AuditSnapshot.with("organisations", byName.size()).and("users", ACCOUNTS.size()).json()));
        LOG.info(() -> "Demo network loaded: " + byName.size() + " organisations, " + ACCOUNTS.size() + " users");
    }

    private List<Organisation> readOrganisations() {
        try (InputStream in = DemoNetwork.class.getResourceAsStream("/demo/organisations.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(this::organisation).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Organisation organisation(String line) {
        String[] cells = line.split(",");
        Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
        for (String kind : cells[3].split("\\|")) {
            kinds.add(OrganisationKind.valueOf(kind));
        }
        return new Organisation(cells[0], cells[1], Region.valueOf(cells[2]), kinds,
                MembershipStatus.valueOf(cells[4]), time.now());
    }

    private static void printAccounts() {
        StringBuilder banner = new StringBuilder("\n\n  Plenary (demo profile) at http://localhost:8080/\n")
                .append("  Demo accounts, all with the password '").append(PASSWORD).append("':\n");
        for (DemoAccount account : ACCOUNTS) {
            banner.append(String.format("    %-32s %s%n", account.email(), account.roles()));
        }
        LOG.info(banner.toString());
    }
}
