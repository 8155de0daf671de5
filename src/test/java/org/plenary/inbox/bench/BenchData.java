package org.plenary.inbox.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.plenary.identity.Region;
import org.plenary.inbox.CaseFacts;
import org.plenary.inbox.InboxKind;
import org.plenary.inbox.InboxPrincipal;
import org.plenary.inbox.infrastructure.InboxProjection;

/**
 * Fills the benchmark database in bulk, as if the small-grant process had run for years: open tasks
 * in Flowable's runtime tables with their candidate links, the inbox's read model rows for them (what
 * InboxProjection would have written), and finished tasks in Flowable's history.
 *
 * Groups (40): secretariat, reviewer, org-2 .. org-39. Users 1..2000. Of the open tasks, 10% are offered
 * to the secretariat (screening), 10% to reviewers, 5% to reviewers and one named user, 50% to the
 * applicant organisation's group (clarification questions), 25% are claimed by someone (their candidate
 * links stay, as Flowable keeps them).
 */
final class BenchData {

    static final int USERS = 2_000;
    static final int ORGANISATIONS = 38;
    static final String[] TOPICS = {"peer outreach", "harm reduction services", "decriminalisation advocacy",
        "drug checking", "naloxone distribution", "women who use drugs", "Support. Don't Punish campaign",
        "community-led monitoring", "legal aid", "prison health"};
    static final String[] PLACES = {"Nairobi", "Jakarta", "Tbilisi", "Lisbon", "Bogota", "Beirut", "Vancouver",
        "Auckland", "Kathmandu", "Dakar", "Kyiv", "Mexico City"};

    private final Connection connection;
    private final Instant now;
    private final String processDefinitionId;
    private final Random random = new Random(42);

    BenchData(Connection connection, Instant now, String processDefinitionId) {
        this.connection = connection;
        this.now = now;
        this.processDefinitionId = processDefinitionId;
    }

    static long organisation(int task) {
        return 2 + task % ORGANISATIONS;
    }

    static Region region(long organisation) {
        return Region.values()[(int) (organisation % 8)];
    }

    void fillOpenTasks(int count) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement execution = connection.prepareStatement("INSERT INTO ACT_RU_EXECUTION (ID_, REV_, "
                + "PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, "
                + "IS_EVENT_SCOPE_, IS_MI_ROOT_, SUSPENSION_STATE_, START_TIME_, TENANT_ID_) "
                + "VALUES (?, 1, ?, ?, ?, ?, 1, 0, 1, 0, 0, 1, ?, '')");
                PreparedStatement task = connection.prepareStatement("INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, "
                + "PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, DUE_DATE_, "
                + "SUSPENSION_STATE_, TENANT_ID_, FORM_KEY_, IS_COUNT_ENABLED_, VAR_COUNT_, ID_LINK_COUNT_, SUB_TASK_COUNT_) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, '', ?, 1, 0, ?, 0)");
                PreparedStatement link = connection.prepareStatement("INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, "
                        + "GROUP_ID_, TYPE_, USER_ID_, TASK_ID_) VALUES (?, 1, ?, 'candidate', ?, ?)");
                PreparedStatement history = connection.prepareStatement(historySql());
                PreparedStatement inbox = connection.prepareStatement("INSERT INTO inbox_task (task_id, "
                        + "process_instance_id, process_key, kind, business_key, task_key, name, form_key, created_at, "
                        + "due_at, priority, assignee, case_title, organisation_id, organisation_name, region, call_id, "
                        + "call_title, for_organisation, search_text, sort_due, sort_priority, sort_created) "
                        + "VALUES (?, ?, 'small-grant', 'GRANT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement offer = connection.prepareStatement("INSERT INTO inbox_offer (principal, task_id, kind, "
                        + "organisation_id, for_organisation, region, call_id, search_text, sort_due, sort_priority, "
                        + "sort_created, shared) VALUES (?, ?, 'GRANT', ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String id = "bt-" + i;
                long organisation = organisation(i);
                long call = 1 + i % 20;
                CaseFacts facts = new CaseFacts(InboxKind.GRANT,
                        capitalised(TOPICS[random.nextInt(TOPICS.length)]) + " in " + PLACES[random.nextInt(PLACES.length)]
                                + " " + (i + 1),
                        organisation, "Member organisation " + organisation + " " + PLACES[(int) organisation % PLACES.length],
                        region(organisation), call, "Small grants call " + call);
                int slot = i % 20;
                String key;
                String name;
                String form;
                List<String> groups = new ArrayList<>();
                String candidateUser = null;
                String assignee = null;
                if (slot < 2) {
                    key = "screenEligibility"; name = "Screen eligibility"; form = "grants/screening";
                    groups.add("secretariat");
                } else if (slot < 4) {
                    key = "reviewApplication"; name = "Review application"; form = "grants/review";
                    groups.add("reviewer");
                } else if (slot < 14) {
                    key = "answerClarification"; name = "Answer clarification request"; form = "grants/clarification";
                    groups.add("org-" + organisation);
                } else if (slot < 19) {
                    key = slot % 2 == 0 ? "screenEligibility" : "reviewApplication";
                    name = slot % 2 == 0 ? "Screen eligibility" : "Review application";
                    form = slot % 2 == 0 ? "grants/screening" : "grants/review";
                    groups.add(slot % 2 == 0 ? "secretariat" : "reviewer");
                    assignee = Integer.toString(1 + random.nextInt(USERS));
                } else {
                    key = "reviewApplication"; name = "Review application"; form = "grants/review";
                    groups.add("reviewer");
                    candidateUser = Integer.toString(1 + random.nextInt(USERS));
                }
                Instant created = now.minusSeconds(random.nextInt(365 * 86400));
                Instant due = random.nextInt(10) < 3 ? null : now.plusSeconds(random.nextInt(90 * 86400) - 30L * 86400);
                int priority = 25 * random.nextInt(5);
                String instance = "bp-" + i;

                int p = 0;
                execution.setString(++p, instance);
                execution.setString(++p, instance);
                execution.setString(++p, "application-" + (i + 1));
                execution.setString(++p, processDefinitionId);
                execution.setString(++p, key);
                execution.setTimestamp(++p, Timestamp.from(created));
                execution.addBatch();
                p = 0;
                task.setString(++p, id);
                task.setString(++p, instance);
                task.setString(++p, instance);
                task.setString(++p, processDefinitionId);
                task.setString(++p, name);
                task.setString(++p, key);
                task.setString(++p, assignee);
                task.setInt(++p, priority);
                task.setTimestamp(++p, Timestamp.from(created));
                task.setTimestamp(++p, due == null ? null : Timestamp.from(due));
                task.setString(++p, form);
                task.setInt(++p, groups.size() + (candidateUser == null ? 0 : 1));
                task.addBatch();
                for (String group : groups) {
                    addLink(link, id + "-" + group, group, null, id);
                }
                if (candidateUser != null) {
                    addLink(link, id + "-u", null, candidateUser, id);
                }
                addHistory(history, id, instance, key, name, assignee, priority, created, due, null, form);

                long sortDue = due == null ? InboxProjection.NO_DUE_DATE : due.getEpochSecond();
                Long forOrganisation = groups.get(0).startsWith("org-") ? organisation : null;
                p = 0;
                inbox.setString(++p, id);
                inbox.setString(++p, instance);
                inbox.setString(++p, "application-" + (i + 1));
                inbox.setString(++p, key);
                inbox.setString(++p, name);
                inbox.setString(++p, form);
                inbox.setObject(++p, utc(created));
                inbox.setObject(++p, utc(due));
                inbox.setInt(++p, priority);
                inbox.setString(++p, assignee);
                inbox.setString(++p, facts.caseTitle());
                inbox.setLong(++p, organisation);
                inbox.setString(++p, facts.organisationName());
                inbox.setString(++p, facts.region().name());
                inbox.setLong(++p, call);
                inbox.setString(++p, facts.callTitle());
                inbox.setObject(++p, forOrganisation);
                inbox.setString(++p, facts.searchText());
                inbox.setLong(++p, sortDue);
                inbox.setLong(++p, -priority);
                inbox.setLong(++p, created.getEpochSecond());
                inbox.addBatch();
                if (assignee == null) {
                    List<String> principals = new ArrayList<>();
                    groups.forEach(g -> principals.add(InboxPrincipal.group(g)));
                    if (candidateUser != null) {
                        principals.add(InboxPrincipal.user(candidateUser));
                    }
                    for (String principal : principals) {
                        p = 0;
                        offer.setString(++p, principal);
                        offer.setString(++p, id);
                        offer.setLong(++p, organisation);
                        offer.setObject(++p, forOrganisation);
                        offer.setString(++p, facts.region().name());
                        offer.setLong(++p, call);
                        offer.setString(++p, facts.searchText());
                        offer.setLong(++p, sortDue);
                        offer.setLong(++p, -priority);
                        offer.setLong(++p, created.getEpochSecond());
                        offer.setBoolean(++p, principals.size() > 1);
                        offer.addBatch();
                    }
                }
                if (i % 2_000 == 1_999) {
                    for (PreparedStatement statement : List.of(execution, task, link, history, inbox, offer)) {
                        statement.executeBatch();
                    }
                    connection.commit();
                }
            }
            for (PreparedStatement statement : List.of(execution, task, link, history, inbox, offer)) {
                statement.executeBatch();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        tallyOffers();
    }

    /** The projection's tally of the bulk-inserted offers, as migration V36 computes it. */
    private void tallyOffers() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM inbox_offer_tally");
            statement.executeUpdate("INSERT INTO inbox_offer_tally (principal, organisation_id, for_organisation, offers) "
                    + "SELECT principal, COALESCE(organisation_id, 0), COALESCE(for_organisation, 0), COUNT(*) "
                    + "FROM inbox_offer GROUP BY principal, COALESCE(organisation_id, 0), COALESCE(for_organisation, 0)");
        }
    }

    void fillHistory(int count) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement history = connection.prepareStatement(historySql())) {
            for (int j = 0; j < count; j++) {
                Instant start = now.minusSeconds(86400L * 30 + random.nextInt(5 * 365 * 86400));
                Instant end = start.plusSeconds(600 + random.nextInt(20 * 86400));
                int slot = j % 3;
                String key = slot == 0 ? "screenEligibility" : slot == 1 ? "reviewApplication" : "answerClarification";
                addHistory(history, "bh-" + j, "bhp-" + j / 3, key, key, Integer.toString(1 + random.nextInt(USERS)),
                        50, start, null, end, "grants/" + key);
                if (j % 5_000 == 4_999) {
                    history.executeBatch();
                    connection.commit();
                }
            }
            history.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    void analyse() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_HI_TASKINST", "inbox_task", "inbox_offer",
                    "inbox_offer_tally")) {
                statement.execute("ANALYZE TABLE " + table);
            }
        }
    }

    private static String historySql() {
        return "INSERT INTO ACT_HI_TASKINST (ID_, REV_, PROC_DEF_ID_, TASK_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, NAME_, "
                + "ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, PRIORITY_, DUE_DATE_, FORM_KEY_, TENANT_ID_, "
                + "LAST_UPDATED_TIME_) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)";
    }

    private void addHistory(PreparedStatement history, String id, String instance, String key, String name,
            String assignee, int priority, Instant start, Instant due, Instant end, String form) throws SQLException {
        int p = 0;
        history.setString(++p, id);
        history.setString(++p, processDefinitionId);
        history.setString(++p, key);
        history.setString(++p, instance);
        history.setString(++p, instance);
        history.setString(++p, name);
        history.setString(++p, assignee);
        history.setTimestamp(++p, Timestamp.from(start));
        history.setTimestamp(++p, end == null ? null : Timestamp.from(end));
        history.setObject(++p, end == null ? null : Duration.between(start, end).toMillis());
        history.setInt(++p, priority);
        history.setTimestamp(++p, due == null ? null : Timestamp.from(due));
        history.setString(++p, form);
        history.setTimestamp(++p, Timestamp.from(end == null ? start : end));
        history.addBatch();
    }

    private static void addLink(PreparedStatement link, String id, String group, String user, String task)
            throws SQLException {
        link.setString(1, id);
        link.setString(2, group);
        link.setString(3, user);
        link.setString(4, task);
        link.addBatch();
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
