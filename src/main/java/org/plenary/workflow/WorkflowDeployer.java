package org.plenary.workflow;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;

/**
 * Deploys each BPMN file as its own deployment, only when its content changed (duplicate
 * filtering), under one of the engine's database locks: a restart or a second node starting at
 * the same moment creates no new process versions.
 */
public final class WorkflowDeployer {

    static final String LOCK = "plenary.workflow.deployment";
    private static final Logger LOG = Logger.getLogger(WorkflowDeployer.class.getName());

    private final RepositoryService repository;
    private final ManagementService management;

    public WorkflowDeployer(RepositoryService repository, ManagementService management) {
        this.repository = repository;
        this.management = management;
    }

    /** Returns how many files were deployed as new versions. */
    public int deploy(List<WorkflowResources.Resource> resources) {
        return management.getLockManager(LOCK).waitForLockRunAndRelease(Duration.ofMinutes(2),
                () -> deployUnderLock(resources));
    }

    private int deployUnderLock(List<WorkflowResources.Resource> resources) {
        int deployed = 0;
        for (WorkflowResources.Resource resource : resources) {
            long before = repository.createDeploymentQuery().deploymentName(resource.name()).count();
            Deployment result = repository.createDeployment()
                    .name(resource.name())
                    .addBytes(resource.name(), resource.content())
                    .enableDuplicateFiltering()
                    .deploy();
            if (repository.createDeploymentQuery().deploymentName(resource.name()).count() > before) {
                deployed++;
                LOG.info(() -> "Deployed workflow " + resource.name() + " as deployment " + result.getId());
            }
        }
        return deployed;
    }
}
