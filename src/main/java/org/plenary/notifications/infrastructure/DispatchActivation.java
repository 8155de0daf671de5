package org.plenary.notifications.infrastructure;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.plenary.platform.config.PlenarySettings;

/**
 * Starts the outbox dispatcher once the web module is up, after the same delay as Flowable's async
 * executor (plenary.async.start-delay): mail is never sent from a half-deployed application.
 */
@WebListener
public class DispatchActivation implements ServletContextListener {

    @Inject
    OutboxDispatcher dispatcher;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        dispatcher.start(Long.parseLong(PlenarySettings.get(PlenarySettings.ASYNC_START_DELAY, "10")));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        dispatcher.stop();
    }
}
