package org.plenary.grants.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.plenary.grants.ApplicationStatus;
import org.plenary.grants.GrantApplication;
import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.NotFoundException;

/** Who may act on a grant after submission, checked the same way by every grant service. */
@ApplicationScoped
public class GrantAccess {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    public Caller secretariat() {
        return requireAny(Role.SECRETARIAT);
    }

    /** The network's staff: secretariat, auditors, admins (they read every grant). */
    public Caller staff() {
        return requireAny(Role.SECRETARIAT, Role.AUDITOR, Role.ADMIN);
    }

    public Caller reviewer() {
        return requireAny(Role.REVIEWER);
    }

    /** A submitted application (a draft is its organisation's business only: 404 to anyone else here). */
    public GrantApplication submitted(long id) {
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null || application.getStatus() == ApplicationStatus.DRAFT) {
            throw new NotFoundException();
        }
        return application;
    }

    /** An application the caller may follow: its organisation's applicants, or staff. */
    public GrantApplication readable(Caller caller, long id) {
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null) {
            throw new NotFoundException();
        }
        if (!ApplicationService.maySee(caller, application)) {
            throw new AccessDeniedException();
        }
        return application;
    }

    /** The caller as an applicant of the application's own organisation. */
    public Caller grantee(GrantApplication application) {
        Caller caller = callers.current();
        if (!caller.has(Role.APPLICANT) || !application.getOrganisation().getId().equals(caller.organisationId())) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    private Caller requireAny(Role... roles) {
        Caller caller = callers.current();
        if (!caller.hasAny(roles)) {
            throw new AccessDeniedException();
        }
        return caller;
    }
}
