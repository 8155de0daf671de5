package org.plenary.inbox.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.plenary.platform.config.PlenarySettings;

/** Starts the digest runs once the web module is up, a minute after the async executor's delay. */
@WebListener
public class DigestActivation implements ServletContextListener {

    @Inject
    DigestJob job;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        job.start(Long.parseLong(PlenarySettings.get(PlenarySettings.ASYNC_START_DELAY, "10")) + 60);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        job.stop();
    }
}
