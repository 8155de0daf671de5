package org.plenary.workflow;

import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.plenary.inbox.infrastructure.InboxEngineHook;
import org.plenary.platform.persistence.PlenaryDataSourceDefinition;

/**
 * The application's one Flowable engine, on the container's data source and JTA transaction
 * manager: a JPA write and a process change in the same request commit or roll back together.
 * Its async executor (timers, async steps) runs on container threads and is started only once
 * the application is fully deployed ({@link #startAsyncExecutor()}), never while it is starting.
 */
@ApplicationScoped
public class WorkflowEngine {

    static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";
    static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";
    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

    @Resource(lookup = PlenaryDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    BeanManager beanManager;

    @Inject
    InboxEngineHook inbox;

    private ProcessEngine engine;
    private DefaultAsyncTaskExecutor taskExecutor;
    private ManagedThreadsAsyncExecutor asyncExecutor;
    private final AtomicBoolean asyncStarted = new AtomicBoolean();

    public synchronized ProcessEngine engine() {
        if (engine == null) {
            engine = build();
        }
        return engine;
    }

    private ProcessEngine build() {
        JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration();
        configuration.setEngineName("plenary");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(lookup(TRANSACTION_MANAGER, TransactionManager.class));
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setDisableIdmEngine(true);
        // UUIDs, not blocks of numbers: fetching a new block runs in a transaction of its own, which
        // needs a second pooled connection while the request's transaction may hold row locks
        configuration.setIdGenerator(new StrongUuidGenerator());
        // timers (cron cycles like "02:00 every night") are read in UTC, whatever the server's zone
        configuration.setClock(new DefaultClockImpl(TimeZone.getTimeZone(ZoneOffset.UTC)));
        configuration.setBeans(new CdiBeans(beanManager));
        // the inbox's read model of open tasks changes in the engine's own transaction
        inbox.attachTo(configuration);
        configuration.setAsyncExecutorActivate(false);
        taskExecutor = new DefaultAsyncTaskExecutor();
        taskExecutor.setThreadPoolNamingPattern("plenary-flowable-%d");
        configuration.setAsyncTaskExecutor(taskExecutor);
        asyncExecutor = new ManagedThreadsAsyncExecutor();
        asyncExecutor.setTaskExecutor(taskExecutor);
        configuration.setAsyncExecutor(asyncExecutor);
        configuration.setAsyncTaskInvokerTaskExecutor(taskExecutor);
        ProcessEngine built = configuration.buildProcessEngine();
        LOG.info("Flowable engine built on " + configuration.getDatabaseType());
        return built;
    }

    /**
     * Starts timers and async jobs. Called after deployment has finished (first request, or a
     * delayed task): jobs due at start-up that ran during deployment met half-initialised beans.
     */
    public void startAsyncExecutor() {
        if (!asyncStarted.compareAndSet(false, true)) {
            return;
        }
        ProcessEngine started = engine();
        ThreadFactory managedThreads = lookup(THREAD_FACTORY, ThreadFactory.class);
        taskExecutor.setThreadFactory(managedThreads);
        taskExecutor.start();
        asyncExecutor.useThreads(managedThreads);
        started.getProcessEngineConfiguration().getAsyncExecutor().start();
        LOG.info("Flowable async executor started");
    }

    public boolean isAsyncExecutorRunning() {
        return asyncStarted.get() && engine != null
                && engine.getProcessEngineConfiguration().getAsyncExecutor().isActive();
    }

    @PreDestroy
    synchronized void close() {
        if (engine == null) {
            return;
        }
        if (asyncStarted.get()) {
            engine.getProcessEngineConfiguration().getAsyncExecutor().shutdown();
            taskExecutor.shutdown();
        }
        engine.close();
        engine = null;
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot find " + name + " in JNDI", e);
        }
    }

    @Produces
    RuntimeService runtimeService() {
        return engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return engine().getTaskService();
    }

    @Produces
    RepositoryService repositoryService() {
        return engine().getRepositoryService();
    }

    @Produces
    HistoryService historyService() {
        return engine().getHistoryService();
    }

    @Produces
    ManagementService managementService() {
        return engine().getManagementService();
    }
}
