package org.plenary.workflow;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.flowable.common.engine.impl.util.DefaultClockImpl;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/** Process engines for fast tests: H2 in memory, async executor off, time driven by the test. */
public final class TestEngines {

    private TestEngines() {
    }

    public static ProcessEngine inMemory(String database, Map<Object, Object> beans) {
        return inMemory(database, beans, configuration -> { });
    }

    /** The JDBC URL of the in-memory database of that name (H2 in the mode the application uses). */
    public static String url(String database) {
        return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
    }

    /** An engine with more configuration, e.g. the inbox's event listener. */
    public static ProcessEngine inMemory(String database, Map<Object, Object> beans,
            Consumer<ProcessEngineConfigurationImpl> customise) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setEngineName(database);
        configuration.setJdbcUrl(url(database));
        configuration.setJdbcDriver("org.h2.Driver");
        configuration.setJdbcUsername("sa");
        configuration.setJdbcPassword("");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setAsyncExecutorActivate(false);
        configuration.setDisableIdmEngine(true);
        configuration.setBeans(beans);
        configuration.setClock(new DefaultClockImpl(TimeZone.getTimeZone(ZoneOffset.UTC)));
        customise.accept(configuration);
        return configuration.buildProcessEngine();
    }
}
