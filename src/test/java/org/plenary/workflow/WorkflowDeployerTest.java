package org.plenary.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkflowDeployerTest {

    private final List<ProcessEngine> engines = new ArrayList<>();

    @AfterEach
    void close() {
        engines.forEach(ProcessEngine::close);
    }

    private ProcessEngine engine(String database) {
        ProcessEngine engine = TestEngines.inMemory(database, Map.of());
        engines.add(engine);
        return engine;
    }

    private static WorkflowDeployer deployer(ProcessEngine engine) {
        return new WorkflowDeployer(engine.getRepositoryService(), engine.getManagementService());
    }

    @Test
    void findsEveryBpmnFileOfTheWorkflowsFolder() {
        List<WorkflowResources.Resource> resources = WorkflowResources.load(getClass().getClassLoader());
        assertTrue(resources.stream().anyMatch(r -> r.name().equals("audit/audit-chain-verification.bpmn20.xml")),
                "found: " + resources.stream().map(WorkflowResources.Resource::name).toList());
    }

    @Test
    void aRestartWithUnchangedFilesCreatesNoNewVersionAChangedFileDoes() {
        ProcessEngine engine = engine("deploy-restart");
        List<WorkflowResources.Resource> resources = WorkflowResources.load(getClass().getClassLoader());

        assertEquals(resources.size(), deployer(engine).deploy(resources));
        assertEquals(0, deployer(engine).deploy(resources));
        assertEquals(1, latestVersion(engine));

        List<WorkflowResources.Resource> changed = resources.stream().map(r -> new WorkflowResources.Resource(
                r.name(), new String(r.content(), StandardCharsets.UTF_8)
                        .replace("Nightly audit chain verification", "Nightly audit chain check")
                        .getBytes(StandardCharsets.UTF_8))).toList();
        assertEquals(1, deployer(engine).deploy(changed));
        assertEquals(2, latestVersion(engine));
    }

    @Test
    void twoNodesStartingTogetherCreateOneVersion() throws Exception {
        // two engines on one database stand in for two Payara nodes starting at the same moment
        ProcessEngine first = engine("deploy-race");
        ProcessEngine second = engine("deploy-race");
        List<WorkflowResources.Resource> resources = WorkflowResources.load(getClass().getClassLoader());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return deployer(first).deploy(resources);
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return deployer(second).deploy(resources);
            });
            start.countDown();
            assertEquals(resources.size(), a.get() + b.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(resources.size(), first.getRepositoryService().createDeploymentQuery().count());
        assertEquals(1, latestVersion(first));
    }

    private static int latestVersion(ProcessEngine engine) {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("audit-chain-verification").latestVersion().singleResult().getVersion();
    }
}
