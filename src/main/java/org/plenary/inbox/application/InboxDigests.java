package org.plenary.inbox.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.inbox.DigestContent;
import org.plenary.inbox.DigestSchedule;
import org.plenary.inbox.DigestSetting;
import org.plenary.inbox.InboxItem;
import org.plenary.inbox.infrastructure.DigestQueries;
import org.plenary.inbox.infrastructure.DigestStore;
import org.plenary.inbox.infrastructure.InboxSql;
import org.plenary.notifications.LocalText;
import org.plenary.notifications.MailLines;
import org.plenary.notifications.application.Notifications;
import org.plenary.notifications.infrastructure.MailSettings;

/**
 * The daily digest of the task inbox, one user at a time, each in its own transaction: is it time for
 * them (their hour in their zone, not yet today), claim the day (one node wins), read what is new since
 * their last digest and what is overdue, with the inbox's own visibility rule, and queue one e-mail in
 * their language through the outbox. Nothing new and nothing overdue: no e-mail, but the day counts.
 */
@ApplicationScoped
public class InboxDigests {

    public static final String TEMPLATE = "inbox.digest";
    /** Tasks listed by name in one digest; the counts tell about the rest. */
    public static final int MAX_LINES = 20;

    @Inject
    InboxSql sql;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    InboxViewers viewers;

    /** One page of active users after the given id, and which of them are due now. */
    public record Candidates(List<Long> due, Long lastId) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Candidates candidates(long afterId, int pageSize, Instant now) {
        List<User> users = em.createQuery("select u from User u where u.active = true and u.id > :after"
                + " order by u.id", User.class).setParameter("after", afterId).setMaxResults(pageSize).getResultList();
        if (users.isEmpty()) {
            return new Candidates(List.of(), null);
        }
        Map<Long, DigestSetting> settings = sql.run(connection -> DigestStore.find(connection,
                users.stream().map(User::getId).toList()));
        List<Long> due = new ArrayList<>();
        for (User user : users) {
            if (isDue(user, settings.getOrDefault(user.getId(), DigestSetting.defaults()), now)) {
                due.add(user.getId());
            }
        }
        return new Candidates(due, users.get(users.size() - 1).getId());
    }

    /** Sends this user's digest for today if it is due and no other run took it; true when an e-mail was queued. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long userId, Instant now) {
        User user = em.find(User.class, userId);
        if (user == null || !user.isActive()) {
            return false;
        }
        DigestSetting setting = sql.run(connection -> DigestStore.find(connection, userId));
        ZoneId zone = DigestSchedule.zone(user.getTimeZone());
        LocalDate today = DigestSchedule.today(zone, now);
        if (!isDue(user, setting, now) || !sql.run(connection -> DigestStore.claim(connection, userId, today, now))) {
            return false;
        }
        Instant since = DigestSchedule.newSince(setting.lastDigestAt(), now);
        DigestContent content = sql.run(connection -> DigestQueries.read(connection,
                viewers.of(connection, Caller.of(user)), since, now, MAX_LINES));
        if (content.isEmpty()) {
            return false;
        }
        notifications.toUser(userId, TEMPLATE, content.newTasks(), content.overdueTasks(), lines(content, zone, now),
                inboxLink(user));
        return true;
    }

    private static boolean isDue(User user, DigestSetting setting, Instant now) {
        return DigestSchedule.isDue(setting.enabledFor(user.getRoles()), setting.hour(),
                DigestSchedule.zone(user.getTimeZone()), setting.lastDigestOn(), now);
    }

    static MailLines lines(DigestContent content, ZoneId zone, Instant now) {
        List<MailLines.Line> lines = new ArrayList<>();
        for (InboxItem item : content.lines()) {
            LocalText name = new LocalText("task." + item.processKey() + "." + item.taskKey(),
                    item.name() == null ? item.taskKey() : item.name());
            String title = item.caseTitle() != null ? item.caseTitle() : item.businessKey();
            if (item.dueAt() == null) {
                lines.add(MailLines.Line.of("inbox.digest.line", name, title));
            } else {
                LocalDate due = item.dueAt().atZone(zone).toLocalDate();
                lines.add(MailLines.Line.of(item.overdueAt(now) ? "inbox.digest.line.overdue" : "inbox.digest.line.due",
                        name, title, due));
            }
        }
        if (content.notListed() > 0) {
            lines.add(MailLines.Line.of("inbox.digest.more", content.notListed()));
        }
        return new MailLines(lines);
    }

    /** Where the user works their tasks: the inbox screen of their role, applicants their applications. */
    static String inboxLink(User user) {
        String base = MailSettings.publicUrl().replaceAll("/+$", "");
        if (user.hasRole(Role.SECRETARIAT)) {
            return base + "/secretariat/inbox.xhtml";
        }
        if (user.hasRole(Role.REVIEWER)) {
            return base + "/reviewer/inbox.xhtml";
        }
        return base + "/applicant/applications.xhtml";
    }
}
