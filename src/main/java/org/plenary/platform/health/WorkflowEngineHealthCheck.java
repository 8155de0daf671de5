package org.plenary.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.plenary.workflow.WorkflowEngine;

/** UP when the process engine answers a query; reports whether timers and async jobs are running. */
@Readiness
@ApplicationScoped
public class WorkflowEngineHealthCheck implements HealthCheck {

    @Inject
    WorkflowEngine workflowEngine;

    @Override
    public HealthCheckResponse call() {
        try {
            long definitions = workflowEngine.engine().getRepositoryService().createProcessDefinitionQuery()
                    .latestVersion().count();
            return HealthCheckResponse.named("workflow-engine").up()
                    .withData("processDefinitions", definitions)
                    .withData("asyncExecutor", workflowEngine.isAsyncExecutorRunning()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("workflow-engine").down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
