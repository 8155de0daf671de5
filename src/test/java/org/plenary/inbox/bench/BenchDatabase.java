package org.plenary.inbox.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import com.mysql.cj.jdbc.MysqlDataSource;

import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.plenary.inbox.infrastructure.InboxEngineHook;
import org.plenary.inbox.infrastructure.InboxProjection;
import org.plenary.platform.persistence.DatabaseMigration;
import org.plenary.workflow.TestRouting;
import org.plenary.workflow.WorkflowDeployer;
import org.plenary.workflow.WorkflowResources;

/** The benchmark's own MariaDB database: created, migrated by Flyway, then given Flowable's schema by the real engine. */
final class BenchDatabase {

    /** BENCH_DB_NAME, plenary_bench unless CI gives its small run a database of its own. */
    static final String NAME = env("BENCH_DB_NAME", "plenary_bench");

    private final String server;
    private final String user;
    private final String password;

    BenchDatabase(String server, String user, String password) {
        this.server = server;
        this.user = user;
        this.password = password;
    }

    /** BENCH_DB_SERVER (default jdbc:mysql://127.0.0.1:3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD (empty). */
    static BenchDatabase fromEnvironment() {
        return new BenchDatabase(env("BENCH_DB_SERVER", "jdbc:mysql://127.0.0.1:3306"), env("BENCH_DB_USER", "root"),
                env("BENCH_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String url() {
        return server + "/" + NAME + "?nullCatalogMeansCurrent=true&rewriteBatchedStatements=true&useServerPrepStmts=false"
                + "&cachePrepStmts=true&characterEncoding=UTF-8";
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url(), user, password);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "/", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME);
            statement.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(url());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        DatabaseMigration.migrate(dataSource);
    }

    /** The real engine on this database (schema created or checked), with the inbox projection attached. */
    ProcessEngine engine() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setEngineName(NAME);
        configuration.setJdbcUrl(url());
        configuration.setJdbcDriver("com.mysql.cj.jdbc.Driver");
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
        configuration.setJdbcMaxActiveConnections(4);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setAsyncExecutorActivate(false);
        configuration.setDisableIdmEngine(true);
        configuration.setClock(new DefaultClockImpl(TimeZone.getTimeZone(ZoneOffset.UTC)));
        // the BPMN asks grantTaskRouting for each secretariat step's group; the benchmark's answer is "secretariat"
        configuration.setBeans(Map.of("grantTaskRouting", new TestRouting()));
        InboxEngineHook.attach(configuration, new InboxProjection(List::of));
        ProcessEngine engine = configuration.buildProcessEngine();
        new WorkflowDeployer(engine.getRepositoryService(), engine.getManagementService())
                .deploy(WorkflowResources.load(BenchDatabase.class.getClassLoader()));
        return engine;
    }
}
