package org.plenary.identity.application;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.Languages;
import org.plenary.identity.Organisation;
import org.plenary.identity.PortfolioChanged;
import org.plenary.identity.Region;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.identity.UserForm;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/** Users and their roles: admins manage them; everyone reads themselves. */
@ApplicationScoped
public class UserService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHashing passwords;

    @Inject
    TimeSource time;

    @Inject
    VerifiedCredentials verified;

    @Inject
    Event<PortfolioChanged> portfolioChanged;

    /** The signed-in user; 403 for a call without one. */
    @Transactional
    public User me() {
        Caller caller = callers.current();
        if (!caller.isUser()) {
            throw new AccessDeniedException();
        }
        return em.find(User.class, caller.userId());
    }

    @Transactional
    public List<User> list() {
        requireAdmin(callers.current());
        return em.createQuery("select u from User u order by u.fullName", User.class).getResultList();
    }

    @Transactional
    public User get(long id) {
        Caller caller = callers.current();
        if (!caller.has(Role.ADMIN) && !Long.valueOf(id).equals(caller.userId())) {
            throw new AccessDeniedException();
        }
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    @Transactional
    public User create(UserForm form) {
        Caller caller = callers.current();
        requireAdmin(caller);
        Organisation organisation = validate(form, null);
        requirePassword(form.password());
        User user = new User(form.email(), form.fullName(), organisation, form.preferredLanguage(), form.timeZone(),
                form.roles(), passwords.hash(form.password()), false, time.now());
        em.persist(user);
        em.flush();
        audit.record(caller, new AuditEntry("identity.user.created", "User", user.getId().toString(),
                organisation.getId(), null, snapshot(user)));
        return user;
    }

    @Transactional
    public User update(long id, long expectedVersion, UserForm form) {
        Caller caller = callers.current();
        requireAdmin(caller);
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException();
        }
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Organisation organisation = validate(form, id);
        if (Long.valueOf(id).equals(caller.userId()) && (!form.roles().contains(Role.ADMIN) || !isActive(form))) {
            throw new InvalidInputException("user.cannotRemoveOwnAdmin");
        }
        String before = snapshot(user);
        user.update(form.fullName(), organisation, form.preferredLanguage(), form.timeZone(), form.roles(),
                isActive(form));
        if (form.password() != null && !form.password().isEmpty()) {
            requirePassword(form.password());
            user.changePasswordHash(passwords.hash(form.password()));
        }
        em.flush();
        // a cached API sign-in is re-checked against the row anyway; dropping it keeps the cache lean
        verified.forgetUser(id);
        audit.record(caller, new AuditEntry("identity.user.updated", "User", Long.toString(id),
                organisation.getId(), before, snapshot(user)));
        return user;
    }

    /** A user's regional portfolio (admin). */
    @Transactional
    public Set<Region> regions(long id) {
        requireAdmin(callers.current());
        return find(id).getRegions();
    }

    /**
     * Replaces a secretariat user's regional portfolio (admin): applications of organisations in those regions
     * are routed to them when their call has no team. Observers (the grants' routing) move open work along.
     */
    @Transactional
    public Set<Region> changeRegions(long id, Set<Region> regions) {
        Caller caller = callers.current();
        requireAdmin(caller);
        if (regions == null) {
            throw new InvalidInputException("error.bodyRequired");
        }
        User user = find(id);
        if (!regions.isEmpty() && (!user.isActive() || !user.getRoles().contains(Role.SECRETARIAT))) {
            throw new InvalidInputException("user.portfolioNotSecretariat", user.getFullName());
        }
        Set<Region> before = user.getRegions();
        if (before.equals(regions)) {
            return before;
        }
        user.changeRegions(regions);
        em.flush();
        audit.record(caller, new AuditEntry("identity.user.portfolio-changed", "User", Long.toString(id),
                user.getOrganisation().getId(), AuditSnapshot.with("regions", new TreeSet<>(before)).json(),
                AuditSnapshot.with("regions", new TreeSet<>(regions)).json()));
        portfolioChanged.fire(new PortfolioChanged(id, EnumSet.copyOf(union(before, regions))));
        return user.getRegions();
    }

    private static Set<Region> union(Set<Region> a, Set<Region> b) {
        Set<Region> all = EnumSet.noneOf(Region.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private User find(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private static boolean isActive(UserForm form) {
        return form.active() == null || form.active();
    }

    private Organisation validate(UserForm form, Long ownId) {
        if (form.email() == null || !EMAIL.matcher(form.email().trim()).matches() || form.email().length() > 254) {
            throw new InvalidInputException("user.emailInvalid");
        }
        if (form.fullName() == null || form.fullName().isBlank() || form.fullName().length() > 200) {
            throw new InvalidInputException("user.nameRequired");
        }
        if (!Languages.isSupported(form.preferredLanguage())) {
            throw new InvalidInputException("user.languageInvalid");
        }
        try {
            ZoneId.of(form.timeZone() == null ? "" : form.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidInputException("user.timeZoneInvalid");
        }
        if (form.roles().isEmpty()) {
            throw new InvalidInputException("user.rolesRequired");
        }
        Organisation organisation = form.organisationId() == null ? null
                : em.find(Organisation.class, form.organisationId());
        if (organisation == null) {
            throw new InvalidInputException("user.organisationRequired");
        }
        List<Long> sameEmail = em.createQuery("select u.id from User u where u.email = :email", Long.class)
                .setParameter("email", User.normaliseEmail(form.email())).getResultList();
        if (sameEmail.stream().anyMatch(other -> !other.equals(ownId))) {
            throw new InvalidInputException("user.emailTaken");
        }
        if (ownId != null) {
            User existing = em.find(User.class, ownId);
            if (!existing.getEmail().equals(User.normaliseEmail(form.email()))) {
                throw new InvalidInputException("user.emailFixed");
            }
        }
        return organisation;
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < PasswordHashing.MIN_LENGTH) {
            throw new InvalidInputException("user.passwordTooShort", PasswordHashing.MIN_LENGTH);
        }
    }

    static String snapshot(User u) {
        return AuditSnapshot.with("email", u.getEmail()).and("organisationId", u.getOrganisation().getId())
                .and("roles", u.getRoles()).and("active", u.isActive()).and("language", u.getPreferredLanguage())
                .and("timeZone", u.getTimeZone()).json();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }
}
