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

import org.plenary.platform.ApplicationReadiness;
import org.plenary.platform.config.PlenarySettings;

/**
 * Makes Plenary ready ({@link ApplicationReadiness}: demo grants on a first demo start, then
 * Flowable's async executor) once it is deployed: on the first request it serves, or
 * plenary.async.start-delay seconds (default 10) after the web module started, whichever comes first.
 */
public final class AsyncExecutorActivation {

    private AsyncExecutorActivation() {
    }

    @WebListener
    public static class AfterWebModuleStart implements ServletContextListener {

        @Inject
        ApplicationReadiness readiness;

        @Resource
        ManagedScheduledExecutorService scheduler;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            long delay = Long.parseLong(PlenarySettings.get(PlenarySettings.ASYNC_START_DELAY, "10"));
            scheduler.schedule(readiness::ensureReady, delay, TimeUnit.SECONDS);
        }
    }

    @WebFilter(urlPatterns = "/*", asyncSupported = true)
    public static class OnFirstRequest extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Inject
        transient ApplicationReadiness readiness;

        private volatile boolean started;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!started) {
                readiness.ensureReady();
                started = true;
            }
            chain.doFilter(request, response);
        }
    }
}
