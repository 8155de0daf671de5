package org.plenary.notifications.application;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.identity.Region;
import org.plenary.identity.Role;
import org.plenary.inbox.InboxViewer;
import org.plenary.identity.User;
import org.plenary.notifications.MailTemplates;
import org.plenary.notifications.OutboxMessage;
import org.plenary.notifications.RenderedMail;
import org.plenary.notifications.infrastructure.MailSettings;
import org.plenary.platform.TimeSource;

/**
 * Tells people by e-mail that something needs them. A message is rendered for each recipient (their
 * language and time zone) and written to the outbox in the caller's transaction, so it exists only if
 * the change it tells about commits; the dispatcher sends it after the commit. Deactivated accounts
 * get nothing.
 */
@ApplicationScoped
public class Notifications {

    /** Candidate group of an organisation's applicants: "org-" followed by the organisation's id. */
    public static final String ORGANISATION_GROUP_PREFIX = "org-";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    Event<MailQueued> queued;

    private volatile MailTemplates templates;

    /** Queues a message to one user, in the caller's JTA transaction (Transactional MANDATORY): it exists only if the caller's change commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toUser(long userId, String template, Object... args) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new IllegalArgumentException("no user " + userId);
        }
        queue(List.of(user), template, args);
    }

    /**
     * Same, to every active user of a candidate group: "secretariat" / "reviewer" / "auditor" / "admin" =
     * users with that role (network-wide), "org-&lt;id&gt;" = active users with the APPLICANT role in
     * organisation &lt;id&gt;; the routing groups of secretariat work: "call-&lt;id&gt;" = the call's team,
     * "secretariat-&lt;REGION&gt;" = the secretariat users covering that region (active secretariat users only).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toGroup(String group, String template, Object... args) {
        queue(members(group), template, args);
    }

    List<User> members(String group) {
        if (group != null && group.startsWith(ORGANISATION_GROUP_PREFIX)) {
            long organisationId;
            try {
                organisationId = Long.parseLong(group.substring(ORGANISATION_GROUP_PREFIX.length()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unknown candidate group " + group, e);
            }
            return em.createQuery("select distinct u from User u join u.roles r where r = :role"
                    + " and u.organisation.id = :organisation and u.active = true order by u.id", User.class)
                    .setParameter("role", Role.APPLICANT).setParameter("organisation", organisationId)
                    .getResultList();
        }
        if (group != null && group.startsWith(InboxViewer.CALL_GROUP)) {
            long callId;
            try {
                callId = Long.parseLong(group.substring(InboxViewer.CALL_GROUP.length()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unknown candidate group " + group, e);
            }
            List<Long> team = ((List<?>) em.createNativeQuery("SELECT user_id FROM grant_call_team WHERE call_id = ?")
                    .setParameter(1, callId).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
            return team.isEmpty() ? List.of() : em.createQuery("select distinct u from User u join u.roles r "
                    + "where r = :role and u.id in :team and u.active = true order by u.id", User.class)
                    .setParameter("role", Role.SECRETARIAT).setParameter("team", team).getResultList();
        }
        if (group != null && group.startsWith(InboxViewer.REGION_GROUP)) {
            Region region;
            try {
                region = Region.valueOf(group.substring(InboxViewer.REGION_GROUP.length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown candidate group " + group, e);
            }
            return em.createQuery("select distinct u from User u join u.roles r join u.regions g where r = :role "
                    + "and g = :region and u.active = true order by u.id", User.class)
                    .setParameter("role", Role.SECRETARIAT).setParameter("region", region).getResultList();
        }
        Role role = switch (group == null ? "" : group.toLowerCase(Locale.ROOT)) {
            case "secretariat" -> Role.SECRETARIAT;
            case "reviewer" -> Role.REVIEWER;
            case "auditor" -> Role.AUDITOR;
            case "admin" -> Role.ADMIN;
            default -> throw new IllegalArgumentException("unknown candidate group " + group);
        };
        return em.createQuery("select distinct u from User u join u.roles r where r = :role and u.active = true"
                + " order by u.id", User.class).setParameter("role", role).getResultList();
    }

    private void queue(List<User> recipients, String template, Object... args) {
        if (!MailTemplates.exists(template)) {
            throw new IllegalArgumentException("no e-mail template " + template);
        }
        int written = 0;
        for (User user : recipients) {
            if (!user.isActive()) {
                continue;
            }
            RenderedMail mail = templates().render(template, user.getPreferredLanguage(), zoneOf(user), args);
            em.persist(new OutboxMessage(user.getId(), user.getEmail(), template, mail, time.now()));
            written++;
        }
        if (written > 0) {
            queued.fire(new MailQueued(written));
        }
    }

    private MailTemplates templates() {
        MailTemplates current = templates;
        if (current == null) {
            current = new MailTemplates(MailSettings.publicUrl());
            templates = current;
        }
        return current;
    }

    private static ZoneId zoneOf(User user) {
        try {
            return ZoneId.of(user.getTimeZone());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
