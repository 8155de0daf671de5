package org.plenary.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.identity.Region;
import org.plenary.identity.Role;
import org.plenary.identity.Caller;
import org.plenary.inbox.infrastructure.InboxEngineHook;
import org.plenary.inbox.infrastructure.InboxProjection;
import org.plenary.inbox.infrastructure.InboxQueries;
import org.plenary.platform.persistence.DatabaseMigration;
import org.plenary.workflow.TestEngines;
import org.plenary.workflow.TestRouting;
import org.plenary.workflow.WorkflowDeployer;
import org.plenary.workflow.WorkflowResources;

/**
 * The inbox's read model follows the real small-grant process on an in-memory engine: every
 * change the engine makes to a task shows in the inbox, in the same transaction, and the queries
 * page, filter, search and hide what a user may not see.
 */
class InboxProjectionProcessTest {

    private static final Instant NOW = Instant.parse("2027-05-01T08:00:00Z");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static final InboxViewer SECRETARIAT = new InboxViewer(1, 1L, Set.of("secretariat", "org-1"), true);
    /** A reviewer of organisation 19, whose own application must never reach them for review. */
    private static final InboxViewer REVIEWER_19 = new InboxViewer(2, 19L, Set.of("reviewer", "org-19"), false);
    private static final InboxViewer REVIEWER_20 = new InboxViewer(3, 20L, Set.of("reviewer", "org-20"), false);
    private static final InboxViewer APPLICANT_19 = new InboxViewer(4, 19L, Set.of("applicant", "org-19"), false);
    private static final InboxViewer APPLICANT_20 = new InboxViewer(5, 20L, Set.of("applicant", "org-20"), false);

    private final Map<Long, CaseFacts> applications = new HashMap<>();
    private final TestRouting routing = new TestRouting();
    private ProcessEngine engine;
    private InboxProjection projection;
    private String url;
    private Connection connection;

    @BeforeEach
    void start() throws SQLException {
        String database = "inbox-" + DATABASES.incrementAndGet();
        url = TestEngines.url(database);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        DatabaseMigration.migrate(dataSource);
        CaseFactsProvider grants = (processKey, businessKey) -> "small-grant".equals(processKey)
                ? Optional.ofNullable(applications.get(Long.valueOf(businessKey.substring("application-".length()))))
                : Optional.empty();
        JavaDelegate none = execution -> { };
        projection = new InboxProjection(() -> List.of(grants));
        engine = TestEngines.inMemory(database, Map.of("closeCall", none, "verifyAuditChain", none,
                "grantTaskRouting", routing),
                configuration -> InboxEngineHook.attach(configuration, projection));
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(NOW));
        new WorkflowDeployer(engine.getRepositoryService(), engine.getManagementService())
                .deploy(WorkflowResources.load(getClass().getClassLoader()));
        connection = DriverManager.getConnection(url, "sa", "");
    }

    /**
     * After every scenario: the tally holds exactly the offer rows per principal and organisation, and the
     * unfiltered offered count each viewer gets from it equals a plain scan of distinct visible offers.
     */
    private void tallyAgreesWithTheOffers() throws SQLException {
        Map<String, Long> offers = new HashMap<>();
        Map<String, Long> tally = new HashMap<>();
        try (var rows = connection.createStatement().executeQuery("SELECT principal, COALESCE(organisation_id, 0), "
                + "COALESCE(for_organisation, 0), COUNT(*) FROM inbox_offer GROUP BY principal, "
                + "COALESCE(organisation_id, 0), COALESCE(for_organisation, 0)")) {
            while (rows.next()) {
                offers.put(rows.getString(1) + "/" + rows.getLong(2) + "/" + rows.getLong(3), rows.getLong(4));
            }
        }
        try (var rows = connection.createStatement().executeQuery(
                "SELECT principal, organisation_id, for_organisation, offers FROM inbox_offer_tally WHERE offers <> 0")) {
            while (rows.next()) {
                tally.put(rows.getString(1) + "/" + rows.getLong(2) + "/" + rows.getLong(3), rows.getLong(4));
            }
        }
        assertEquals(offers, tally, "the tally counts the offer rows");
        for (InboxViewer viewer : List.of(SECRETARIAT, REVIEWER_19, REVIEWER_20, APPLICANT_19, APPLICANT_20)) {
            Set<String> visible = new java.util.HashSet<>();
            try (var rows = connection.createStatement().executeQuery(
                    "SELECT principal, task_id, organisation_id, for_organisation FROM inbox_offer")) {
                while (rows.next()) {
                    if (viewer.principals().contains(rows.getString(1))
                            && viewer.maySee(rows.getObject(3, Long.class), rows.getObject(4, Long.class))) {
                        visible.add(rows.getString(2));
                    }
                }
            }
            assertEquals(visible.size(), InboxQueries.count(connection, viewer, InboxView.OFFERED, InboxFilter.none(), NOW),
                    "offered count of user " + viewer.userId());
        }
    }

    @AfterEach
    void stop() throws SQLException {
        try {
            tallyAgreesWithTheOffers();
        } finally {
            connection.close();
            engine.getProcessEngineConfiguration().getClock().reset();
            engine.close();
        }
    }

    private String submit(long applicationId, long organisationId, Region region, long callId, String title) {
        applications.put(applicationId, new CaseFacts(InboxKind.GRANT, title, organisationId,
                "Organisation " + organisationId, region, callId, "Call " + callId));
        return engine.getRuntimeService().startProcessInstanceByKey("small-grant", "application-" + applicationId,
                Map.of("applicationId", applicationId, "callId", callId, "organisationId", organisationId)).getId();
    }

    private Task only(String instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    }

    private InboxPage offered(InboxViewer viewer) throws SQLException {
        return page(viewer, InboxView.OFFERED, InboxFilter.none());
    }

    private InboxPage page(InboxViewer viewer, InboxView view, InboxFilter filter) throws SQLException {
        return InboxQueries.page(connection, viewer, InboxRequest.firstPage(view, filter, InboxSort.DUE, 50), NOW);
    }

    @Test
    void aSubmittedApplicationIsOfferedToTheSecretariatWithItsCaseFacts() throws SQLException {
        String instance = submit(9, 19, Region.AFRICA, 3, "Peer outreach in Nairobi");

        InboxPage page = offered(SECRETARIAT);
        assertEquals(1, page.total());
        InboxItem item = page.items().get(0);
        assertEquals(only(instance).getId(), item.taskId());
        assertEquals("screenEligibility", item.taskKey());
        assertEquals("grants/screening", item.formKey());
        assertEquals(InboxKind.GRANT, item.kind());
        assertEquals("small-grant", item.processKey());
        assertEquals("Peer outreach in Nairobi", item.caseTitle());
        assertEquals(19L, item.organisationId());
        assertEquals(Region.AFRICA, item.region());
        assertEquals(3L, item.callId());
        assertEquals(NOW, item.createdAt());
        assertEquals(0, offered(REVIEWER_20).total(), "a screening task is the secretariat's only");
        assertEquals(0, offered(APPLICANT_19).total());
    }

    @Test
    void aCallWithATeamIsOfferedToTheTeamOnlyAndMovesWhenTheTeamGoes() throws SQLException {
        routing.byCall.put(3L, "call-3");
        InboxViewer teamMember = InboxViewer.of(new Caller(7L, "officer@example.org", 1L, Set.of(Role.SECRETARIAT)),
                Set.of("call-3"));
        InboxViewer otherOfficer = InboxViewer.of(new Caller(8L, "other@example.org", 1L, Set.of(Role.SECRETARIAT)));
        String task = only(submit(9, 19, Region.AFRICA, 3, "Peer outreach")).getId();

        assertEquals(1, offered(teamMember).total());
        assertEquals(task, offered(teamMember).items().get(0).taskId());
        assertEquals(0, offered(otherOfficer).total(), "routing: the rest of the secretariat is not offered it");
        assertNull(InboxQueries.visibleTask(connection, otherOfficer, task));
        tallyAgreesWithTheOffers();

        // the team is removed: the task moves back to the whole secretariat, as the grants' rerouting does it
        engine.getTaskService().deleteCandidateGroup(task, "call-3");
        engine.getTaskService().addCandidateGroup(task, "secretariat");
        assertEquals(1, offered(otherOfficer).total());
        assertEquals(1, offered(teamMember).total(), "still secretariat");
        tallyAgreesWithTheOffers();
    }

    @Test
    void claimingMovesTheTaskFromTheGroupToThePersonAndUnclaimingBack() throws SQLException {
        String task = only(submit(9, 19, Region.AFRICA, 3, "Peer outreach")).getId();

        engine.getTaskService().claim(task, "1");
        assertEquals(0, offered(SECRETARIAT).total());
        InboxPage mine = page(SECRETARIAT, InboxView.MINE, InboxFilter.none());
        assertEquals(1, mine.total());
        assertEquals("1", mine.items().get(0).assignee());
        assertNull(InboxQueries.visibleTask(connection, REVIEWER_20, task), "others cannot open it");

        engine.getTaskService().unclaim(task);
        assertEquals(1, offered(SECRETARIAT).total());
        assertEquals(0, page(SECRETARIAT, InboxView.MINE, InboxFilter.none()).total());
    }

    @Test
    void dueDatePriorityAndCandidatesFollowTheEngine() throws SQLException {
        String task = only(submit(9, 19, Region.AFRICA, 3, "Peer outreach")).getId();
        InboxFilter overdue = new InboxFilter(null, null, null, DueFilter.OVERDUE, null);
        assertEquals(0, page(SECRETARIAT, InboxView.OFFERED, overdue).total());

        engine.getTaskService().setDueDate(task, Date.from(NOW.minusSeconds(3600)));
        engine.getTaskService().setPriority(task, 80);
        assertEquals(1, page(SECRETARIAT, InboxView.OFFERED, overdue).total());
        InboxItem item = offered(SECRETARIAT).items().get(0);
        assertEquals(NOW.minusSeconds(3600), item.dueAt());
        assertEquals(80, item.priority());

        engine.getTaskService().addCandidateGroup(task, "reviewer");
        assertEquals(1, offered(REVIEWER_20).total());
        assertEquals(0, offered(REVIEWER_19).total(), "never a case of the reviewer's own organisation");
        assertNull(InboxQueries.visibleTask(connection, REVIEWER_19, task));
        assertNotNull(InboxQueries.visibleTask(connection, REVIEWER_20, task));

        engine.getTaskService().deleteCandidateGroup(task, "reviewer");
        assertEquals(0, offered(REVIEWER_20).total());
        engine.getTaskService().addCandidateUser(task, "3");
        assertEquals(1, offered(REVIEWER_20).total(), "offered to the reviewer by name");
        engine.getTaskService().addCandidateGroup(task, "reviewer");
        engine.getTaskService().addCandidateGroup(task, "org-20");
        InboxPage twice = offered(REVIEWER_20);
        assertEquals(1, twice.total(), "offered three ways, counted once");
        assertEquals(1, twice.items().size(), "and listed once");
    }

    @Test
    void theNextTaskOfACaseIsTheOldestOpenOneTheViewerMaySee() throws SQLException {
        String instance = submit(9, 21, Region.AFRICA, 3, "Peer outreach");
        String screening = only(instance).getId();
        assertEquals(screening, InboxQueries.firstVisibleOfProcess(connection, SECRETARIAT, instance, null).taskId());
        assertNull(InboxQueries.firstVisibleOfProcess(connection, SECRETARIAT, instance, screening), "none but that");
        assertNull(InboxQueries.firstVisibleOfProcess(connection, REVIEWER_20, instance, null), "not offered to them");

        engine.getTaskService().complete(screening, Map.of("screening", "eligible"));
        engine.getTaskService().complete(only(instance).getId(), Map.of("reviewers", List.of(2L, 3L),
                "reviewDueAt", NOW.plusSeconds(14 * 86400).toString(),
                "reviewReminderAt", NOW.plusSeconds(11 * 86400).toString()));
        Task reviewer20s = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskAssignee("3")
                .singleResult();
        assertEquals(reviewer20s.getId(),
                InboxQueries.firstVisibleOfProcess(connection, REVIEWER_20, instance, null).taskId(),
                "their own review, not the other reviewer's");
        assertNull(InboxQueries.firstVisibleOfProcess(connection, REVIEWER_20, instance, reviewer20s.getId()));
        assertNull(InboxQueries.firstVisibleOfProcess(connection, SECRETARIAT, instance, null),
                "reviews are the reviewers' own");
    }

    @Test
    void delegationAndFollowUpShowInTheInbox() throws SQLException {
        String task = only(submit(9, 19, Region.AFRICA, 3, "Peer outreach")).getId();
        engine.getTaskService().claim(task, "1");
        engine.getTaskService().setVariableLocal(task, InboxProjection.FOLLOW_UP, "2027-05-10");
        assertEquals(java.time.LocalDate.parse("2027-05-10"), InboxQueries.task(connection, task).followUpOn());

        engine.getTaskService().delegateTask(task, "3");
        InboxItem delegated = InboxQueries.task(connection, task);
        assertEquals("3", delegated.assignee());
        assertEquals("1", delegated.owner());
        assertTrue(delegated.delegated());
        assertEquals(1, page(REVIEWER_20, InboxView.MINE, InboxFilter.none()).total(), "the delegate has it");
        assertNotNull(InboxQueries.visibleTask(connection, SECRETARIAT, task), "the owner still sees it");
        assertEquals(java.time.LocalDate.parse("2027-05-10"), delegated.followUpOn(), "kept across changes");

        engine.getTaskService().resolveTask(task);
        InboxItem back = InboxQueries.task(connection, task);
        assertEquals("1", back.assignee());
        assertTrue(back.resolved());
        engine.getTaskService().removeVariableLocal(task, InboxProjection.FOLLOW_UP);
        assertNull(InboxQueries.task(connection, task).followUpOn());
    }

    @Test
    void aClarificationReachesOnlyTheApplicantsOrganisationAndCompletedTasksLeave() throws SQLException {
        String instance = submit(9, 19, Region.AFRICA, 3, "Peer outreach");
        engine.getTaskService().complete(only(instance).getId(),
                Map.of("screening", "clarify", "clarificationDueAt", NOW.plusSeconds(86400).toString()));

        assertEquals(0, offered(SECRETARIAT).total(), "the completed screening left the inbox");
        InboxPage question = offered(APPLICANT_19);
        assertEquals(1, question.total());
        assertEquals("answerClarification", question.items().get(0).taskKey());
        assertEquals(NOW.plusSeconds(86400), question.items().get(0).dueAt());
        assertEquals(0, offered(APPLICANT_20).total());
        assertEquals(1, page(APPLICANT_19, InboxView.OFFERED,
                new InboxFilter(null, null, null, DueFilter.THIS_WEEK, null)).total());

        engine.getTaskService().complete(only(instance).getId());
        engine.getTaskService().complete(only(instance).getId(), Map.of("screening", "eligible"));
        assertEquals("assignReviewers", offered(SECRETARIAT).items().get(0).taskKey(), "next: reviewers");
        engine.getRuntimeService().deleteProcessInstance(instance, "terminated");
        assertEquals(0, count("inbox_task") + count("inbox_offer"), "an ended process leaves nothing behind");
    }

    @Test
    void aDeletedProcessLeavesTheInbox() throws SQLException {
        String instance = submit(9, 19, Region.AFRICA, 3, "Peer outreach");
        submit(10, 20, Region.ASIA, 3, "Other");
        engine.getRuntimeService().deleteProcessInstance(instance, "withdrawn");
        assertEquals(1, offered(SECRETARIAT).total());
        assertEquals(1, count("inbox_task"));
    }

    @Test
    void aRolledBackEngineCommandLeavesNoRow() throws SQLException {
        applications.put(9L, new CaseFacts(InboxKind.GRANT, "t", 19L, "o", Region.AFRICA, 3L, "c"));
        assertThrows(IllegalStateException.class, () -> engine.getManagementService().executeCommand(context -> {
            engine.getRuntimeService().startProcessInstanceByKey("small-grant", "application-9",
                    Map.of("applicationId", 9L, "callId", 3L, "organisationId", 19L));
            throw new IllegalStateException("the surrounding transaction fails");
        }));
        assertEquals(0, engine.getTaskService().createTaskQuery().count());
        assertEquals(0, count("inbox_task") + count("inbox_offer"));
    }

    @Test
    void pagesFiltersAndSearchAgreeWithAPlainScan() throws SQLException {
        Region[] regions = Region.values();
        for (int i = 1; i <= 130; i++) {
            String task = only(submit(i, 100 + i % 7, regions[i % regions.length], i % 3,
                    i % 10 == 0 ? "Naloxone for peers " + i : "Advocacy project " + i)).getId();
            engine.getTaskService().setDueDate(task, i % 4 == 0 ? null : Date.from(NOW.plusSeconds(3600L * (i % 50))));
            engine.getTaskService().setPriority(task, i % 5 * 10);
        }
        assertEquals(130, offered(SECRETARIAT).total());

        for (InboxSort sort : InboxSort.values()) {
            List<String> walked = new ArrayList<>();
            InboxPage page = InboxQueries.page(connection, SECRETARIAT,
                    new InboxRequest(InboxView.OFFERED, null, sort, null, 0, 50, true), NOW);
            walked.addAll(ids(page));
            while (page.nextCursor() != null) {
                page = InboxQueries.page(connection, SECRETARIAT,
                        new InboxRequest(InboxView.OFFERED, null, sort, page.nextCursor(), 0, 50, false), NOW);
                walked.addAll(ids(page));
            }
            assertEquals(130, walked.size(), sort + ": every task once");
            assertEquals(130, Set.copyOf(walked).size());
            InboxPage byOffset = InboxQueries.page(connection, SECRETARIAT,
                    new InboxRequest(InboxView.OFFERED, null, sort, null, 50, 50, false), NOW);
            assertEquals(walked.subList(50, 100), ids(byOffset), sort + ": offset and keyset agree");
            List<InboxItem> all = InboxQueries.page(connection, SECRETARIAT,
                    new InboxRequest(InboxView.OFFERED, null, sort, null, 0, 200, false), NOW).items();
            for (int i = 1; i < all.size(); i++) {
                assertTrue(key(sort, all.get(i - 1)) <= key(sort, all.get(i)), sort + " is in order");
            }
        }

        InboxPage naloxone = page(SECRETARIAT, InboxView.OFFERED, new InboxFilter(null, null, null, null, "NALOXONE"));
        assertEquals(13, naloxone.total());
        assertTrue(naloxone.items().stream().allMatch(i -> i.caseTitle().startsWith("Naloxone")));
        assertEquals(130, page(SECRETARIAT, InboxView.OFFERED,
                new InboxFilter(null, null, null, null, "organisation 10")).total(), "organisation names are searched");
        assertEquals(0, page(SECRETARIAT, InboxView.OFFERED, new InboxFilter(null, null, null, null, "%")).total(),
                "wildcards are plain characters");
        InboxPage asia = page(SECRETARIAT, InboxView.OFFERED, new InboxFilter(InboxKind.GRANT, 1L, Region.ASIA, null, null));
        long expected = java.util.stream.IntStream.rangeClosed(1, 130)
                .filter(i -> regions[i % regions.length] == Region.ASIA && i % 3 == 1).count();
        assertEquals(expected, asia.total());
        assertEquals(expected, asia.items().size());
        assertEquals(0, page(SECRETARIAT, InboxView.OFFERED,
                new InboxFilter(InboxKind.CONSULTATION, null, null, null, null)).total());
    }

    @Test
    void anEmptiedReadModelIsRebuiltFromTheOpenTasks() throws SQLException {
        String claimed = only(submit(9, 19, Region.AFRICA, 3, "Peer outreach")).getId();
        engine.getTaskService().claim(claimed, "1");
        submit(10, 20, Region.ASIA, 3, "Other");
        List<InboxItem> before = page(SECRETARIAT, InboxView.OFFERED, InboxFilter.none()).items();
        assertEquals(0, projection.rebuildIfEmpty(engine), "a filled read model is left alone");

        connection.createStatement().executeUpdate("DELETE FROM inbox_offer");
        connection.createStatement().executeUpdate("DELETE FROM inbox_task");
        assertEquals(2, projection.rebuildIfEmpty(engine));
        assertEquals(before, page(SECRETARIAT, InboxView.OFFERED, InboxFilter.none()).items());
        assertEquals(claimed, page(SECRETARIAT, InboxView.MINE, InboxFilter.none()).items().get(0).taskId());
    }

    private static long key(InboxSort sort, InboxItem item) {
        return switch (sort) {
            case DUE -> item.dueAt() == null ? InboxProjection.NO_DUE_DATE : item.dueAt().getEpochSecond();
            case PRIORITY -> -item.priority();
            case CREATED -> item.createdAt().getEpochSecond();
        };
    }

    private static List<String> ids(InboxPage page) {
        return page.items().stream().map(InboxItem::taskId).toList();
    }

    private long count(String table) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
