package org.plenary.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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

/** workflows/audit/audit-chain-verification.bpmn20.xml, driven by the engine's clock. */
class AuditChainVerificationProcessTest {

    private ProcessEngine engine;
    private final List<String> verifiedInstances = new ArrayList<>();

    @BeforeEach
    void deploy() {
        JavaDelegate recordingStep = execution -> verifiedInstances.add(execution.getProcessInstanceId());
        engine = TestEngines.inMemory("audit-process", Map.of("verifyAuditChain", recordingStep));
        engine.getProcessEngineConfiguration().getClock()
                .setCurrentTime(Date.from(Instant.parse("2026-11-23T10:15:00Z")));
        new WorkflowDeployer(engine.getRepositoryService(), engine.getManagementService())
                .deploy(WorkflowResources.load(getClass().getClassLoader()));
    }

    @AfterEach
    void close() {
        engine.getProcessEngineConfiguration().getClock().reset();
        engine.close();
    }

    @Test
    void theChainIsVerifiedOnceEveryNightAtTwoUtc() {
        Job timer = nightlyTimer();
        assertEquals(Instant.parse("2026-11-24T02:00:00Z"), timer.getDuedate().toInstant());

        engine.getProcessEngineConfiguration().getClock()
                .setCurrentTime(Date.from(Instant.parse("2026-11-24T02:00:01Z")));
        engine.getManagementService().moveTimerToExecutableJob(timer.getId());
        Job due = engine.getManagementService().createJobQuery().singleResult();
        engine.getManagementService().executeJob(due.getId());

        assertEquals(1, verifiedInstances.size());
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().count(), "the instance ended");
        assertEquals(1, engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count());
        assertEquals(Instant.parse("2026-11-25T02:00:00Z"), nightlyTimer().getDuedate().toInstant(),
                "the next night's check is scheduled");
    }

    private Job nightlyTimer() {
        Job timer = engine.getManagementService().createTimerJobQuery()
                .processDefinitionKey("audit-chain-verification").singleResult();
        assertNotNull(timer, "the nightly timer exists");
        return timer;
    }
}
