package org.plenary.identity.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.Organisation;
import org.plenary.identity.OrganisationForm;
import org.plenary.identity.Region;
import org.plenary.identity.Role;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/** Member organisations: admins manage them, network staff read them, members read their own. */
@ApplicationScoped
public class OrganisationService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Transactional
    public List<Organisation> listForAdministration() {
        requireAdmin(callers.current());
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }

    /** How many member organisations each region has: for the network's staff. */
    @Transactional
    public Map<Region, Long> countByRegion() {
        Caller caller = callers.current();
        if (!caller.hasAny(Role.SECRETARIAT, Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        Map<Region, Long> counts = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            counts.put(region, 0L);
        }
        em.createQuery("select o.region, count(o) from Organisation o group by o.region", Object[].class)
                .getResultList().forEach(row -> counts.put((Region) row[0], (Long) row[1]));
        return counts;
    }

    @Transactional
    public Organisation get(long id) {
        Caller caller = callers.current();
        if (!caller.maySeeOrganisation(id)) {
            throw new AccessDeniedException();
        }
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException();
        }
        return organisation;
    }

    @Transactional
    public Organisation create(OrganisationForm form) {
        Caller caller = callers.current();
        requireAdmin(caller);
        validate(form, null);
        Organisation organisation = new Organisation(form.name(), form.country(), form.region(), form.kinds(),
                form.membershipStatus(), time.now());
        em.persist(organisation);
        em.flush();
        audit.record(caller, new AuditEntry("identity.organisation.created", "Organisation",
                organisation.getId().toString(), organisation.getId(), null, snapshot(organisation)));
        return organisation;
    }

    @Transactional
    public Organisation update(long id, long expectedVersion, OrganisationForm form) {
        Caller caller = callers.current();
        requireAdmin(caller);
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException();
        }
        if (organisation.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        validate(form, id);
        String before = snapshot(organisation);
        organisation.update(form.name(), form.country(), form.region(), form.kinds(), form.membershipStatus());
        em.flush();
        audit.record(caller, new AuditEntry("identity.organisation.updated", "Organisation", Long.toString(id), id,
                before, snapshot(organisation)));
        return organisation;
    }

    private void validate(OrganisationForm form, Long ownId) {
        if (form.name() == null || form.name().isBlank()) {
            throw new InvalidInputException("organisation.nameRequired");
        }
        if (form.name().trim().length() > 200) {
            throw new InvalidInputException("organisation.nameTooLong", 200);
        }
        if (form.country() == null || !COUNTRIES.contains(form.country().trim().toUpperCase(Locale.ROOT))) {
            throw new InvalidInputException("organisation.countryInvalid");
        }
        if (form.region() == null) {
            throw new InvalidInputException("organisation.regionRequired");
        }
        if (form.membershipStatus() == null) {
            throw new InvalidInputException("organisation.statusRequired");
        }
        List<Long> sameName = em.createQuery("select o.id from Organisation o where lower(o.name) = :name", Long.class)
                .setParameter("name", form.name().trim().toLowerCase(Locale.ROOT)).getResultList();
        if (sameName.stream().anyMatch(other -> !other.equals(ownId))) {
            throw new InvalidInputException("organisation.nameTaken");
        }
    }

    static String snapshot(Organisation o) {
        return AuditSnapshot.with("name", o.getName()).and("country", o.getCountry()).and("region", o.getRegion())
                .and("kinds", o.getKinds()).and("membershipStatus", o.getMembershipStatus()).json();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }
}
