package org.plenary.workflow;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;

import org.plenary.platform.config.PlenarySettings;

/**
 * Starts Flowable's async executor once Plenary is deployed: on the first request it serves, or
 * plenary.async.start-delay seconds (default 10) after the web module started, whichever comes first.
 */
public final class AsyncExecutorActivation {

    private AsyncExecutorActivation() {
    }

    @WebListener
    public static class AfterWebModuleStart implements ServletContextListener {

        @Inject
        WorkflowEngine workflowEngine;

        @Resource
        ManagedScheduledExecutorService scheduler;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            long delay = Long.parseLong(PlenarySettings.get(PlenarySettings.ASYNC_START_DELAY, "10"));
            scheduler.schedule(workflowEngine::startAsyncExecutor, delay, TimeUnit.SECONDS);
        }
    }

    @WebFilter(urlPatterns = "/*", asyncSupported = true)
    public static class OnFirstRequest extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Inject
        transient WorkflowEngine workflowEngine;

        private volatile boolean started;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!started) {
                workflowEngine.startAsyncExecutor();
                started = true;
            }
            chain.doFilter(request, response);
        }
    }
}
