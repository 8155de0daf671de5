package org.plenary.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.workflow.TestEngines;
import org.plenary.workflow.WorkflowDeployer;
import org.plenary.workflow.WorkflowResources;

/** workflows/grants/small-grant.bpmn20.xml, every path of eligibility screening so far. */
class SmallGrantProcessTest {

    private static final Instant NOW = Instant.parse("2027-05-01T08:00:00Z");

    private ProcessEngine engine;

    @BeforeEach
    void deploy() {
        JavaDelegate none = execution -> { };
        engine = TestEngines.inMemory("small-grant", Map.of("closeCall", none, "verifyAuditChain", none));
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(NOW));
        new WorkflowDeployer(engine.getRepositoryService(), engine.getManagementService())
                .deploy(WorkflowResources.load(getClass().getClassLoader()));
    }

    @AfterEach
    void close() {
        engine.getProcessEngineConfiguration().getClock().reset();
        engine.close();
    }

    private String submit() {
        return engine.getRuntimeService().startProcessInstanceByKey("small-grant", "application-9",
                Map.of("applicationId", 9L, "callId", 3L, "organisationId", 19L)).getId();
    }

    private Task only(String instance) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        assertNotNull(task, "a task is open");
        return task;
    }

    @Test
    void aSubmittedApplicationWaitsForTheSecretariatsScreening() {
        Task screening = only(submit());
        assertEquals("screenEligibility", screening.getTaskDefinitionKey());
        assertEquals(1, engine.getTaskService().createTaskQuery().taskCandidateGroup("secretariat").count());
        assertEquals("grants/screening", screening.getFormKey());
    }

    @Test
    void eligibleAndIneligibleEndTheScreening() {
        String eligible = submit();
        engine.getTaskService().complete(only(eligible).getId(), Map.of("screening", "eligible"));
        assertEquals("foundEligible", endActivity(eligible));

        String ineligible = submit();
        engine.getTaskService().complete(only(ineligible).getId(), Map.of("screening", "ineligible"));
        assertEquals("notEligible", endActivity(ineligible));
    }

    @Test
    void aClarificationGoesToTheApplicantsOrganisationWithADueDateAndBackToScreening() {
        String instance = submit();
        Instant due = NOW.plusSeconds(7 * 86400);
        engine.getTaskService().complete(only(instance).getId(),
                Map.of("screening", "clarify", "clarificationDueAt", due.toString()));

        Task question = only(instance);
        assertEquals("answerClarification", question.getTaskDefinitionKey());
        assertEquals(due, question.getDueDate().toInstant());
        assertEquals(1, engine.getTaskService().createTaskQuery().taskCandidateGroup("org-19").count());
        assertEquals(0, engine.getTaskService().createTaskQuery().taskCandidateGroup("org-20").count(),
                "another organisation never gets the question");

        engine.getTaskService().complete(question.getId());
        assertEquals("screenEligibility", only(instance).getTaskDefinitionKey());
    }

    private String endActivity(String instance) {
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count());
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityType("endEvent").singleResult().getActivityId();
    }
}
