package org.plenary.grants.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.GrantCall;
import org.plenary.grants.infrastructure.SecretariatTaskRerouting;
import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;

/**
 * A call's team: the secretariat users (grants officers) responsible for it. While the call has one, the
 * secretariat's steps of its applications are offered to the team ("call-&lt;id&gt;") rather than to the whole
 * secretariat; changing the team moves the open ones along. The secretariat and admins set it.
 */
@ApplicationScoped
public class CallTeamService {

    public static final int MAX_MEMBERS = 50;

    /** A member of a call's team. */
    public record Member(long id, String fullName, String email) implements Serializable {
        static Member of(User user) {
            return new Member(user.getId(), user.getFullName(), user.getEmail());
        }
    }

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail audit;

    @Inject
    SecretariatTaskRerouting rerouting;

    /** The call's team by name (staff). */
    @Transactional
    public List<Member> team(long callId) {
        Caller caller = callers.current();
        if (!caller.hasAny(Role.SECRETARIAT, Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        if (em.find(GrantCall.class, callId) == null) {
            throw new NotFoundException();
        }
        return members(callId).stream().map(id -> em.find(User.class, id)).filter(u -> u != null)
                .map(Member::of).sorted(Comparator.comparing(Member::fullName)).toList();
    }

    /** The secretariat users a team may be made of, by name (secretariat, admin). */
    @Transactional
    public List<Member> eligible() {
        requireManager();
        return em.createQuery("select distinct u from User u join u.roles r where r = :secretariat "
                + "and u.active = true order by u.fullName", User.class)
                .setParameter("secretariat", Role.SECRETARIAT).getResultStream().map(Member::of).toList();
    }

    /**
     * Replaces the call's team (an empty list removes it): each member must be an active secretariat user.
     * Open secretariat tasks of the call's applications move to the group routing picks now.
     */
    @Transactional
    public List<Member> change(long callId, List<Long> userIds) {
        Caller caller = requireManager();
        if (userIds == null) {
            throw new InvalidInputException("error.bodyRequired");
        }
        Set<Long> wanted = new LinkedHashSet<>(userIds);
        if (wanted.size() > MAX_MEMBERS) {
            throw new InvalidInputException("grant.team.tooMany", MAX_MEMBERS);
        }
        GrantCall call = em.find(GrantCall.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFoundException();
        }
        for (Long id : wanted) {
            User user = id == null ? null : em.find(User.class, id);
            if (user == null) {
                throw new InvalidInputException("grant.team.unknownUser");
            }
            if (!user.isActive() || !user.getRoles().contains(Role.SECRETARIAT)) {
                throw new InvalidInputException("grant.team.notSecretariat", user.getFullName());
            }
        }
        List<Long> before = members(callId);
        if (new LinkedHashSet<>(before).equals(wanted)) {
            return team(callId);
        }
        em.createNativeQuery("DELETE FROM grant_call_team WHERE call_id = ?").setParameter(1, callId).executeUpdate();
        for (Long id : wanted) {
            em.createNativeQuery("INSERT INTO grant_call_team (call_id, user_id) VALUES (?, ?)")
                    .setParameter(1, callId).setParameter(2, id).executeUpdate();
        }
        int moved = rerouting.rerouteCall(callId);
        audit.record(caller, new AuditEntry("grants.call.team-changed", "GrantCall", Long.toString(callId), null,
                AuditSnapshot.with("team", before).json(),
                AuditSnapshot.with("team", new ArrayList<>(wanted)).and("tasksMoved", moved).json()));
        return team(callId);
    }

    private List<Long> members(long callId) {
        List<?> rows = em.createNativeQuery("SELECT user_id FROM grant_call_team WHERE call_id = ? ORDER BY user_id")
                .setParameter(1, callId).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    private Caller requireManager() {
        Caller caller = callers.current();
        if (!caller.isUser() || !caller.hasAny(Role.SECRETARIAT, Role.ADMIN)) {
            throw new AccessDeniedException();
        }
        return caller;
    }
}
