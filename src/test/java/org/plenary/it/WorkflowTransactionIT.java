package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.workflow.WorkflowEngine;

/** The engine wiring inside a real Payara Micro: one JTA transaction, CDI beans in BPMN, async executor. */
@ExtendWith(ArquillianExtension.class)
class WorkflowTransactionIT {

    @Deployment
    static WebArchive deployment() {
        return PlenaryDeployment.inContainer();
    }

    @Inject
    TransactionProbe probe;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    @Inject
    WorkflowEngine workflowEngine;

    @Test
    void aFailureAfterBothWritesLeavesNeitherTheRowNorTheProcessChange() {
        String marker = "Atomicity probe " + UUID.randomUUID();

        assertThrows(IllegalStateException.class, () -> probe.writeBothThenFail(marker));

        assertFalse(probe.organisationExists(marker), "the JPA write was rolled back");
        assertEquals(0, repositoryService.createDeploymentQuery().deploymentName(marker).count(),
                "the Flowable deployment was rolled back");
        assertEquals(0, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(marker).count(),
                "the process start was rolled back");
        assertEquals(0, probe.auditEventsFor(marker), "the audit event was rolled back");
    }

    @Test
    void withoutAFailureBothWritesAreCommittedTogether() {
        String marker = "Commit probe " + UUID.randomUUID();

        probe.writeBoth(marker);

        assertTrue(probe.organisationExists(marker));
        assertEquals(1, repositoryService.createDeploymentQuery().deploymentName(marker).count());
        assertEquals(1, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(marker).count());
        assertEquals(1, probe.auditEventsFor(marker));
    }

    @Test
    void theSharedPoolRunsAtReadCommitted() throws SQLException {
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, probe.isolationLevel());
    }

    @Test
    void bpmnDelegateExpressionsReachCdiBeansByName() {
        // the production workflow's own step, started by hand instead of by its nightly timer
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("audit-chain-verification").latestVersion().singleResult().getId();
        String instanceId = runtimeService.startProcessInstanceById(definitionId).getId();

        assertEquals(1, historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .finished().count(), "the process ran to its end");
        assertEquals(1, probe.checksRecordedFor(instanceId), "the CDI delegate recorded its check");
    }

    @Test
    void theAsyncExecutorFiresTimersOnContainerThreads() throws InterruptedException {
        String marker = "Timer probe " + UUID.randomUUID();
        repositoryService.createDeployment().name(marker).addString("probe-timer.bpmn20.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://plenary.org/test">
                  <process id="probe-timer" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
                    <intermediateCatchEvent id="wait">
                      <timerEventDefinition><timeDuration>PT1S</timeDuration></timerEventDefinition>
                    </intermediateCatchEvent>
                    <sequenceFlow id="f2" sourceRef="wait" targetRef="verify"/>
                    <serviceTask id="verify" flowable:delegateExpression="${verifyAuditChain}"/>
                    <sequenceFlow id="f3" sourceRef="verify" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """).deploy();
        String instanceId = runtimeService.startProcessInstanceByKey("probe-timer", marker).getId();

        Waits.until("the timer fires", Duration.ofSeconds(60), () -> probe.checksRecordedFor(instanceId), n -> n > 0);
        assertTrue(workflowEngine.isAsyncExecutorRunning());
        assertEquals(1, probe.checksRecordedFor(instanceId), "the timer fired and its step ran once");
        assertEquals(0, runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count());
    }
}
