package org.plenary.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.workflow.TestEngines;
import org.plenary.workflow.WorkflowDeployer;
import org.plenary.workflow.WorkflowResources;

/** workflows/grants/grant-call.bpmn20.xml: the call closes at its deadline, not a moment earlier. */
class GrantCallProcessTest {

    private static final Instant NOW = Instant.parse("2027-04-01T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-05-15T12:00:00Z");

    private ProcessEngine engine;
    private final List<Object> closedCalls = new ArrayList<>();

    @BeforeEach
    void deploy() {
        JavaDelegate closeCall = execution -> closedCalls.add(execution.getVariable("callId"));
        engine = TestEngines.inMemory("grant-call", Map.of("closeCall", closeCall, "verifyAuditChain",
                (JavaDelegate) execution -> { }));
        clock(NOW);
        new WorkflowDeployer(engine.getRepositoryService(), engine.getManagementService())
                .deploy(WorkflowResources.load(getClass().getClassLoader()));
    }

    @AfterEach
    void close() {
        engine.getProcessEngineConfiguration().getClock().reset();
        engine.close();
    }

    private void clock(Instant instant) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(instant));
    }

    @Test
    void theCallClosesAtItsDeadline() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("grant-call", "call-7",
                Map.of("callId", 7L, "closesAt", DEADLINE.toString())).getId();

        Job deadline = engine.getManagementService().createTimerJobQuery().processInstanceId(instance).singleResult();
        assertEquals(DEADLINE, deadline.getDuedate().toInstant());
        assertTrue(closedCalls.isEmpty(), "nothing closes before the deadline");
        assertEquals(0, engine.getManagementService().createTimerJobQuery().processInstanceId(instance)
                .executable().count(), "the timer is not due yet");

        clock(DEADLINE.plusSeconds(1));
        assertEquals(1, engine.getManagementService().createTimerJobQuery().processInstanceId(instance)
                .executable().count(), "due at the deadline");
        engine.getManagementService().moveTimerToExecutableJob(deadline.getId());
        engine.getManagementService().executeJob(
                engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId());

        assertEquals(List.of(7L), closedCalls);
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count());
    }
}
