package org.plenary.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.plenary.identity.application.FirstAdministrator;
import org.plenary.platform.config.PlenarySettings;
import org.plenary.platform.config.Profile;
import org.plenary.platform.demo.DemoNetwork;
import org.plenary.platform.persistence.DatabaseMigration;
import org.plenary.platform.persistence.PlenaryDataSourceDefinition;
import org.plenary.workflow.WorkflowEngine;
import org.plenary.workflow.WorkflowDeployer;
import org.plenary.workflow.WorkflowResources;

/**
 * Brings Plenary up in order: schema migrations, the process engine, the BPMN files, then the
 * demo network and, on its first start, the demo grants (demo profile), or in production the
 * check that no demo account exists and the first administrator on an empty database. Each step
 * runs in transactions of its own; the async executor starts later (AsyncExecutorActivation).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlenaryStartup {

    private static final Logger LOG = Logger.getLogger(PlenaryStartup.class.getName());

    @Resource(lookup = PlenaryDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    WorkflowEngine workflowEngine;

    @Inject
    DemoNetwork demoNetwork;

    @Inject
    ApplicationReadiness readiness;

    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void start() {
        Profile profile = PlenarySettings.profile();
        LOG.info(() -> "Plenary starting in the " + profile + " profile");
        DatabaseMigration.migrate(dataSource);
        var engine = workflowEngine.engine();
        new WorkflowDeployer(engine.getRepositoryService(), engine.getManagementService())
                .deploy(WorkflowResources.load(PlenaryStartup.class.getClassLoader()));
        if (profile == Profile.DEMO) {
            if (demoNetwork.loadIfEmpty()) {
                // once deployed, before the first request is served (see ApplicationReadiness)
                readiness.loadDemoGrantsWhenReady();
            }
        } else {
            demoNetwork.refuseDemoAccounts();
            firstAdministrator.createIfNoUsers();
        }
    }
}
