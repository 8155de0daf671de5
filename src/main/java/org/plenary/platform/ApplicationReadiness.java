package org.plenary.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.plenary.platform.demo.DemoGrants;
import org.plenary.workflow.WorkflowEngine;

/**
 * What runs once Plenary is deployed, before anything else is served: the demo grants (on a
 * first start in the demo profile), then Flowable's async executor. Triggered by the first request
 * or a few seconds after the web module started; whoever comes second waits until it is done.
 * The demo grants are not loaded during deployment itself: Flowable work inside the start-up
 * EJB's invocation made Payara's pool free connections twice.
 */
@ApplicationScoped
public class ApplicationReadiness {

    @Inject
    WorkflowEngine workflowEngine;

    @Inject
    DemoGrants demoGrants;

    private volatile boolean demoGrantsPending;
    private volatile boolean ready;

    /** Called at start-up when the demo network was just loaded into an empty database. */
    public void loadDemoGrantsWhenReady() {
        demoGrantsPending = true;
    }

    public void ensureReady() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            if (demoGrantsPending) {
                demoGrantsPending = false;
                demoGrants.load();
            }
            workflowEngine.startAsyncExecutor();
            ready = true;
        }
    }
}
