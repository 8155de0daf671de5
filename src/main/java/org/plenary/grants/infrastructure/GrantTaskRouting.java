package org.plenary.grants.infrastructure;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.plenary.identity.Role;
import org.plenary.inbox.InboxViewer;

/**
 * Who is offered the secretariat's steps of an application (the small-grant process asks when it creates
 * each task): the most specific group that has people in it. A call with a team goes to "call-&lt;id&gt;"; else,
 * when an active secretariat user covers the applicant organisation's region, "secretariat-&lt;REGION&gt;"; else
 * "secretariat". Every secretariat user may still open the case and be given the task (TaskTakers).
 */
@Named("grantTaskRouting")
@ApplicationScoped
public class GrantTaskRouting {

    public static final String SECRETARIAT = Role.SECRETARIAT.key();
    /** The small-grant steps offered to the secretariat, and so routed. */
    public static final Set<String> SECRETARIAT_STEPS = Set.of("screenEligibility", "assignReviewers",
            "assignReplacementReviewer", "decide", "confirmApproval", "countersignAgreement", "payTranche",
            "reviewReport");

    private static final String ACTIVE_SECRETARIAT = " JOIN app_user u ON u.id = m.user_id AND u.active = TRUE"
            + " JOIN user_role r ON r.user_id = m.user_id AND r.role = '" + Role.SECRETARIAT.name() + "'";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /** The candidate group of a secretariat step of an application of that call and organisation. */
    public String secretariatGroup(Object callId, Object organisationId) {
        if (callId instanceof Number call && hasTeam(call.longValue())) {
            return callGroup(call.longValue());
        }
        if (organisationId instanceof Number organisation) {
            String region = region(organisation.longValue());
            if (region != null && covered(region)) {
                return InboxViewer.REGION_GROUP + region;
            }
        }
        return SECRETARIAT;
    }

    public static String callGroup(long callId) {
        return InboxViewer.CALL_GROUP + callId;
    }

    /** Whether an active secretariat user is on the call's team. */
    public boolean hasTeam(long callId) {
        return !em.createNativeQuery("SELECT m.user_id FROM grant_call_team m" + ACTIVE_SECRETARIAT
                + " WHERE m.call_id = ?").setParameter(1, callId).setMaxResults(1).getResultList().isEmpty();
    }

    private String region(long organisationId) {
        List<?> rows = em.createNativeQuery("SELECT region FROM organisation WHERE id = ?")
                .setParameter(1, organisationId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }

    private boolean covered(String region) {
        return !em.createNativeQuery("SELECT m.user_id FROM user_region m" + ACTIVE_SECRETARIAT
                + " WHERE m.region = ?").setParameter(1, region).setMaxResults(1).getResultList().isEmpty();
    }
}
