package org.plenary.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.workflow.TestEngines;
import org.plenary.workflow.TestRouting;
import org.plenary.workflow.WorkflowDeployer;
import org.plenary.workflow.WorkflowResources;

/**
 * workflows/grants/small-grant.bpmn20.xml, every path: screening, peer review with conflicts and
 * timers, decision with the four-eyes rule, agreement, tranches released by events, reporting with
 * timers and revisions, closure and early termination. Time is the engine's clock.
 */
class SmallGrantProcessTest {

    private static final Instant NOW = Instant.parse("2027-05-01T08:00:00Z");

    private ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();
    private final List<String> announced = new ArrayList<>();
    private final Deque<Long> replacements = new ArrayDeque<>();
    private final Schedule schedule = new Schedule();
    private final TestRouting routing = new TestRouting();

    /** What GrantSchedule answers in production, from fixed dates here. */
    public static class Schedule {
        final Set<Long> released = new HashSet<>();
        final Map<Long, Instant> opens = new HashMap<>();
        final Map<Long, Instant> due = new HashMap<>();

        public boolean isReleased(Object paymentId) {
            return released.contains(((Number) paymentId).longValue());
        }

        public String reportOpensAt(Object reportId) {
            return opens.get(((Number) reportId).longValue()).toString();
        }

        public String reportDueAt(Object reportId) {
            return due.get(((Number) reportId).longValue()).toString();
        }

        public String reportReminderAt(Object reportId) {
            return due.get(((Number) reportId).longValue()).minus(Duration.ofDays(7)).toString();
        }
    }

    @BeforeEach
    void deploy() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("closeCall", (JavaDelegate) execution -> { });
        beans.put("verifyAuditChain", (JavaDelegate) execution -> { });
        beans.put("announceTask", new FlowableEventListener() {
            @Override
            public void onEvent(FlowableEvent event) {
                if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
                    announced.add(((Task) ((FlowableEntityEvent) event).getEntity()).getTaskDefinitionKey());
                }
            }

            @Override
            public boolean isFailOnException() {
                return true;
            }

            @Override
            public boolean isFireOnTransactionLifecycleEvent() {
                return false;
            }

            @Override
            public String getOnTransaction() {
                return null;
            }
        });
        beans.put("findReplacementReviewer", (JavaDelegate) execution -> {
            Long next = replacements.poll();
            execution.setVariable("replacementFound", next != null);
            if (next != null) {
                execution.setVariable("reviewer", next);
            }
        });
        for (String step : List.of("sendReviewReminder", "escalateOverdueReview", "sendReportReminder",
                "escalateOverdueReport", "closeGrant")) {
            beans.put(step, (JavaDelegate) execution -> calls.add(step + ":" + execution.getVariable(
                    step.contains("Review") ? "reviewer" : step.contains("Report") ? "reportId" : "applicationId")));
        }
        beans.put("planGrant", (JavaDelegate) execution -> {
            calls.add("planGrant");
            execution.setVariable("paymentIds", List.of(1L, 2L));
            execution.setVariable("reportIds", List.of(11L, 12L));
        });
        beans.put("grantSchedule", schedule);
        beans.put("grantTaskRouting", routing);
        engine = TestEngines.inMemory("small-grant", beans);
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(NOW));
        new WorkflowDeployer(engine.getRepositoryService(), engine.getManagementService())
                .deploy(WorkflowResources.load(getClass().getClassLoader()));
    }

    @AfterEach
    void close() {
        engine.getProcessEngineConfiguration().getClock().reset();
        engine.close();
    }

    // ---- screening

    @Test
    void aSubmittedApplicationWaitsForTheSecretariatsScreening() {
        Task screening = only(submit());
        assertEquals("screenEligibility", screening.getTaskDefinitionKey());
        assertTrue(isCandidate(screening, "secretariat"));
        assertEquals("grants/screening", screening.getFormKey());
        assertEquals(List.of("screenEligibility"), announced, "every new task is announced");
    }

    @Test
    void theSecretariatsStepsGoToTheGroupRoutingPicksWhenEachTaskIsCreated() {
        routing.byCall.put(3L, "call-3");
        String instance = submit();
        Task screening = only(instance);
        assertTrue(isCandidate(screening, "call-3"));
        assertFalse(isCandidate(screening, "secretariat"), "the call's team only");

        routing.byCall.remove(3L);
        complete(screening, Map.of("screening", "eligible"));
        assertTrue(isCandidate(only(instance), "secretariat"), "the next step asks again");
    }

    @Test
    void ineligibleEndsTheProcessAndEligibleGoesToReviewerAssignment() {
        String ineligible = submit();
        complete(only(ineligible), Map.of("screening", "ineligible"));
        assertEquals("notEligible", endActivity(ineligible));

        String eligible = submit();
        complete(only(eligible), Map.of("screening", "eligible"));
        assertEquals("assignReviewers", only(eligible).getTaskDefinitionKey());
        assertTrue(isCandidate(only(eligible), "secretariat"));
    }

    @Test
    void aClarificationGoesToTheApplicantsOrganisationWithADueDateAndBackToScreening() {
        String instance = submit();
        Instant due = NOW.plusSeconds(7 * 86400);
        complete(only(instance), Map.of("screening", "clarify", "clarificationDueAt", due.toString()));

        Task question = only(instance);
        assertEquals("answerClarification", question.getTaskDefinitionKey());
        assertEquals(due, question.getDueDate().toInstant());
        assertTrue(isCandidate(question, "org-19"));
        assertEquals(0, engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskCandidateGroup("org-20").count(), "another organisation never gets the question");

        complete(question, Map.of());
        assertEquals("screenEligibility", only(instance).getTaskDefinitionKey());
    }

    // ---- peer review

    @Test
    void reviewsRunInParallelOnePerReviewerWithDeclarationBeforeScoring() {
        String instance = toReview(List.of(101L, 102L));
        List<Task> declarations = open(instance);
        assertEquals(2, declarations.size());
        assertEquals(Set.of("101", "102"), Set.of(declarations.get(0).getAssignee(), declarations.get(1).getAssignee()));
        assertTrue(declarations.stream().allMatch(t -> t.getTaskDefinitionKey().equals("declareInterests")));
        assertEquals(NOW.plus(Duration.ofDays(14)), declarations.get(0).getDueDate().toInstant());

        declare(assigned(instance, "101", "declareInterests"), false);
        Task scoring = assigned(instance, "101", "scoreApplication");
        assertEquals("grants/review", scoring.getFormKey());
        declare(assigned(instance, "102", "declareInterests"), false);

        complete(scoring, Map.of());
        assertEquals(1, open(instance).size(), "the decision waits for every review");
        complete(assigned(instance, "102", "scoreApplication"), Map.of());
        Task decide = only(instance);
        assertEquals("decide", decide.getTaskDefinitionKey());
        assertTrue(isCandidate(decide, "secretariat"));
    }

    @Test
    void aDeclaredConflictReplacesTheReviewerAutomaticallyOrThroughTheSecretariat() {
        String instance = toReview(List.of(101L));
        replacements.add(103L);
        declare(assigned(instance, "101", "declareInterests"), true);
        Task replacement = only(instance);
        assertEquals("declareInterests", replacement.getTaskDefinitionKey());
        assertEquals("103", replacement.getAssignee());

        declare(replacement, true); // nobody left to suggest
        Task pick = only(instance);
        assertEquals("assignReplacementReviewer", pick.getTaskDefinitionKey());
        assertTrue(isCandidate(pick, "secretariat"));
        engine.getTaskService().setVariable(pick.getId(), "reviewer", 104L);
        complete(pick, Map.of());
        assertEquals("104", only(instance).getAssignee());
    }

    @Test
    void aReviewIsRemindedBeforeItsDueDateAndEscalatedWhenOverdueWithoutBeingTakenAway() {
        String instance = toReview(List.of(101L));
        declare(only(instance), false);

        at(NOW.plus(Duration.ofDays(11)));
        assertEquals(List.of("sendReviewReminder:101"), calls);
        at(NOW.plus(Duration.ofDays(14)).plusSeconds(1));
        assertEquals(List.of("sendReviewReminder:101", "escalateOverdueReview:101"), calls);
        Task scoring = only(instance);
        assertEquals("scoreApplication", scoring.getTaskDefinitionKey());
        assertEquals("101", scoring.getAssignee(), "the overdue review stays with its reviewer");
        complete(scoring, Map.of());
        assertEquals("decide", only(instance).getTaskDefinitionKey());
    }

    // ---- decision

    @Test
    void rejectionEndsAndWaitlistingComesBackToTheDecision() {
        String instance = toDecision();
        complete(only(instance), Map.of("decision", "waitlist"));
        assertEquals("decide", only(instance).getTaskDefinitionKey());
        complete(only(instance), Map.of("decision", "reject"));
        assertEquals("rejected", endActivity(instance));
    }

    @Test
    void anApprovalWithinTheThresholdGoesStraightToTheAgreement() {
        String instance = toDecision();
        complete(only(instance), Map.of("decision", "approve", "secondApprovalNeeded", false));
        Task agreement = only(instance);
        assertEquals("acceptAgreement", agreement.getTaskDefinitionKey());
        assertTrue(isCandidate(agreement, "org-19"));
    }

    @Test
    void anApprovalAboveTheThresholdNeedsASecondApproverWhoMayRefuse() {
        String instance = toDecision();
        complete(only(instance), Map.of("decision", "approve", "secondApprovalNeeded", true));
        Task confirm = only(instance);
        assertEquals("confirmApproval", confirm.getTaskDefinitionKey());
        complete(confirm, Map.of("approvalConfirmed", false));
        assertEquals("decide", only(instance).getTaskDefinitionKey());

        complete(only(instance), Map.of("decision", "approve", "secondApprovalNeeded", true));
        complete(only(instance), Map.of("approvalConfirmed", true));
        assertEquals("acceptAgreement", only(instance).getTaskDefinitionKey());
    }

    // ---- agreement, payments, reporting, closure

    @Test
    void theGrantRunsUntilEveryTrancheIsPaidAndTheFinalReportAccepted() {
        schedule.released.add(1L);
        schedule.opens.put(11L, NOW.plus(Duration.ofDays(60)));
        schedule.due.put(11L, NOW.plus(Duration.ofDays(90)));
        schedule.opens.put(12L, NOW.plus(Duration.ofDays(150)));
        schedule.due.put(12L, NOW.plus(Duration.ofDays(180)));
        String instance = toAgreement();
        complete(only(instance), Map.of());
        Task countersign = only(instance);
        assertEquals("countersignAgreement", countersign.getTaskDefinitionKey());
        complete(countersign, Map.of());
        assertEquals(List.of("planGrant"), calls);

        Task firstTranche = only(instance);
        assertEquals("payTranche", firstTranche.getTaskDefinitionKey(), "the released tranche is due, no report yet");
        assertEquals(1L, ((Number) engine.getTaskService().getVariable(firstTranche.getId(), "paymentId")).longValue());
        complete(firstTranche, Map.of());
        assertEquals(0, open(instance).size(), "the second tranche waits for its event, the report for its date");

        at(NOW.plus(Duration.ofDays(60)));
        Task interim = only(instance);
        assertEquals("submitReport", interim.getTaskDefinitionKey());
        assertTrue(isCandidate(interim, "org-19"));
        assertEquals(NOW.plus(Duration.ofDays(90)), interim.getDueDate().toInstant());
        at(NOW.plus(Duration.ofDays(83)));
        at(NOW.plus(Duration.ofDays(90)));
        assertEquals(List.of("planGrant", "sendReportReminder:11", "escalateOverdueReport:11"), calls);

        complete(only(instance), Map.of());
        complete(only(instance), Map.of("reportAccepted", false));
        assertEquals("submitReport", only(instance).getTaskDefinitionKey(), "a revision goes back to the grantee");
        complete(only(instance), Map.of());
        Task review = only(instance);
        assertEquals("reviewReport", review.getTaskDefinitionKey());
        complete(review, Map.of("reportAccepted", true));

        schedule.released.add(2L); // the interim report released the second tranche
        engine.getRuntimeService().createExecutionQuery().processInstanceId(instance)
                .messageEventSubscriptionName("trancheReleased").list()
                .forEach(e -> engine.getRuntimeService().messageEventReceived("trancheReleased", e.getId()));
        Task secondTranche = only(instance);
        assertEquals("payTranche", secondTranche.getTaskDefinitionKey());
        complete(secondTranche, Map.of());

        at(NOW.plus(Duration.ofDays(150)));
        complete(only(instance), Map.of());
        assertEquals(1, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count());
        complete(only(instance), Map.of("reportAccepted", true));
        assertEquals("closed", endActivity(instance));
        assertTrue(calls.contains("closeGrant:9"));
    }

    @Test
    void terminationEndsTheGrantAtAnyPoint() {
        String duringReview = toReview(List.of(101L, 102L));
        terminate(duringReview);
        assertEquals("terminated", endActivity(duringReview));

        String atScreening = submit();
        terminate(atScreening);
        assertEquals("terminated", endActivity(atScreening));
    }

    /** GrantTasks.notOpen answers 409 for a step a person completed, 400 for one the termination cancelled. */
    @Test
    void aCompletedStepIsToldApartFromOneCancelledByTermination() {
        String screened = submit();
        complete(only(screened), Map.of("screening", "eligible"));
        String cancelled = submit();
        terminate(cancelled);
        assertNull(historicScreening(screened).getDeleteReason(), "completed");
        assertNotNull(historicScreening(cancelled).getDeleteReason(), "cancelled");
    }

    private org.flowable.task.api.history.HistoricTaskInstance historicScreening(String instance) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey("screenEligibility").finished().singleResult();
    }

    // ---- helpers

    private String submit() {
        return engine.getRuntimeService().startProcessInstanceByKey("small-grant", "application-9",
                Map.of("applicationId", 9L, "callId", 3L, "organisationId", 19L)).getId();
    }

    private String toReview(List<Long> reviewers) {
        String instance = submit();
        complete(only(instance), Map.of("screening", "eligible"));
        complete(only(instance), Map.of("reviewers", reviewers,
                "reviewDueAt", NOW.plus(Duration.ofDays(14)).toString(),
                "reviewReminderAt", NOW.plus(Duration.ofDays(11)).toString()));
        return instance;
    }

    private String toDecision() {
        String instance = toReview(List.of(101L));
        declare(only(instance), false);
        complete(only(instance), Map.of());
        return instance;
    }

    private String toAgreement() {
        String instance = toDecision();
        complete(only(instance), Map.of("decision", "approve", "secondApprovalNeeded", false));
        return instance;
    }

    private void declare(Task declaration, boolean conflict) {
        engine.getRuntimeService().setVariableLocal(declaration.getExecutionId(), "conflict", conflict);
        complete(declaration, Map.of());
    }

    private void terminate(String instance) {
        String execution = engine.getRuntimeService().createExecutionQuery().processInstanceId(instance)
                .messageEventSubscriptionName("grantTerminated").singleResult().getId();
        engine.getRuntimeService().messageEventReceived("grantTerminated", execution);
    }

    /** Moves the engine clock and runs every timer that is due by then. */
    private void at(Instant when) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(when));
        for (Job timer : engine.getManagementService().createTimerJobQuery().executable().list()) {
            Job executable = engine.getManagementService().moveTimerToExecutableJob(timer.getId());
            engine.getManagementService().executeJob(executable.getId());
        }
    }

    private void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }

    private List<Task> open(String instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
    }

    private Task only(String instance) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        assertNotNull(task, "a task is open");
        return task;
    }

    private Task assigned(String instance, String user, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskAssignee(user)
                .taskDefinitionKey(key).singleResult();
        assertNotNull(task, key + " for " + user);
        return task;
    }

    private boolean isCandidate(Task task, String group) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> group.equals(link.getGroupId()));
    }

    private String endActivity(String instance) {
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count());
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityType("endEvent").finished().list().stream()
                .filter(a -> !List.of("reminderSent", "overdueEscalated", "reviewDone", "tranchePaid", "reportDone",
                        "reportReminderSent", "reportEscalated").contains(a.getActivityId()))
                .map(a -> a.getActivityId()).reduce((a, b) -> b).orElseThrow();
    }
}
