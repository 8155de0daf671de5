package org.plenary.grants.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.engine.RuntimeService;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.CallForm;
import org.plenary.grants.CallRules;
import org.plenary.grants.CallStatus;
import org.plenary.grants.GrantCall;
import org.plenary.identity.Caller;
import org.plenary.identity.Organisation;
import org.plenary.identity.Role;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;

/**
 * Calls for proposals: the secretariat drafts, opens and archives them; the grant-call process
 * closes them at the deadline; applicants see the calls that are open to their organisation.
 */
@ApplicationScoped
public class CallService {

    public static final String PROCESS = "grant-call";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    RuntimeService runtime;

    /** Every call, newest first: for the secretariat and auditors. */
    @Transactional
    public List<GrantCall> all() {
        requireStaff(callers.current());
        return em.createQuery("select c from GrantCall c order by c.createdAt desc", GrantCall.class).getResultList();
    }

    /** The calls an applicant's organisation may apply to now. */
    @Transactional
    public List<GrantCall> openToMyOrganisation() {
        Caller caller = callers.current();
        if (!caller.has(Role.APPLICANT)) {
            throw new AccessDeniedException();
        }
        Organisation organisation = em.find(Organisation.class, caller.organisationId());
        Instant now = time.now();
        return em.createQuery("select c from GrantCall c where c.status = :open order by c.closesAt", GrantCall.class)
                .setParameter("open", CallStatus.OPEN).getResultList().stream()
                .filter(c -> c.acceptsSubmissionsAt(now))
                .filter(c -> c.getEligibleRegions().contains(organisation.getRegion()))
                .filter(c -> c.getEligibleKinds().stream().anyMatch(organisation.getKinds()::contains))
                .toList();
    }

    /** One call: staff see any; applicants and reviewers only calls that have been opened. */
    @Transactional
    public GrantCall get(long id) {
        Caller caller = callers.current();
        GrantCall call = em.find(GrantCall.class, id);
        if (call == null) {
            throw new NotFoundException();
        }
        boolean staff = caller.hasAny(Role.SECRETARIAT, Role.AUDITOR, Role.ADMIN);
        if (!staff && (call.getStatus() == CallStatus.DRAFT || !caller.hasAny(Role.APPLICANT, Role.REVIEWER))) {
            throw new AccessDeniedException();
        }
        return call;
    }

    @Transactional
    public GrantCall draft(CallForm form) {
        Caller caller = requireSecretariat();
        CallRules.check(form);
        GrantCall call = new GrantCall(form, time.now(), caller.email());
        em.persist(call);
        em.flush();
        record(caller, "grants.call.drafted", call, null);
        return call;
    }

    @Transactional
    public GrantCall revise(long id, long expectedVersion, CallForm form) {
        Caller caller = requireSecretariat();
        GrantCall call = find(id, expectedVersion);
        CallRules.check(form);
        String before = snapshot(call);
        call.revise(form);
        em.flush();
        record(caller, "grants.call.revised", call, before);
        return call;
    }

    /** Opens the call and starts its process, whose timer closes it at the deadline. */
    @Transactional
    public GrantCall open(long id, long expectedVersion) {
        Caller caller = requireSecretariat();
        return open(find(id, expectedVersion), caller);
    }

    /** For the demo loader, which acts as the system: drafts a call and, if asked, opens it. */
    @Transactional
    public GrantCall seed(CallForm form, boolean open) {
        CallRules.check(form);
        GrantCall call = new GrantCall(form, time.now(), Caller.SYSTEM);
        em.persist(call);
        em.flush();
        record(Caller.system(), "grants.call.drafted", call, null);
        return open ? open(call, Caller.system()) : call;
    }

    private GrantCall open(GrantCall call, Caller caller) {
        String before = snapshot(call);
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS, "call-" + call.getId(),
                Map.of("callId", call.getId(), "closesAt", call.getClosesAt().toString())).getId();
        call.open(time.now(), processInstanceId);
        em.flush();
        record(caller, "grants.call.opened", call, before);
        return call;
    }

    /** The "Close call" step of the grant-call process, at the deadline. */
    @Transactional
    public void closeAtDeadline(long id) {
        GrantCall call = em.find(GrantCall.class, id);
        if (call == null || call.getStatus() != CallStatus.OPEN) {
            return;
        }
        String before = snapshot(call);
        call.close();
        em.flush();
        record(Caller.system(), "grants.call.closed", call, before);
    }

    @Transactional
    public GrantCall archive(long id, long expectedVersion) {
        Caller caller = requireSecretariat();
        GrantCall call = find(id, expectedVersion);
        String before = snapshot(call);
        call.archive();
        em.flush();
        record(caller, "grants.call.archived", call, before);
        return call;
    }

    private GrantCall find(long id, long expectedVersion) {
        GrantCall call = em.find(GrantCall.class, id);
        if (call == null) {
            throw new NotFoundException();
        }
        if (call.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return call;
    }

    private void record(Caller caller, String action, GrantCall call, String before) {
        audit.record(caller, new AuditEntry(action, "GrantCall", call.getId().toString(), null, before, snapshot(call)));
    }

    static String snapshot(GrantCall c) {
        return AuditSnapshot.with("status", c.getStatus()).and("title", c.getTitle())
                .and("envelope", c.getBudgetEnvelope() + " " + c.getCurrency())
                .and("grant", c.getMinimumGrant() + "-" + c.getMaximumGrant())
                .and("opensAt", c.getOpensAt()).and("closesAt", c.getClosesAt())
                .and("regions", c.getEligibleRegions()).and("kinds", c.getEligibleKinds()).json();
    }

    private Caller requireSecretariat() {
        Caller caller = callers.current();
        if (!caller.has(Role.SECRETARIAT)) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    private static void requireStaff(Caller caller) {
        if (!caller.hasAny(Role.SECRETARIAT, Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }
}
