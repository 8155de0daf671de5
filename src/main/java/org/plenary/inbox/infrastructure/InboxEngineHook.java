package org.plenary.inbox.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.ProcessEngine;
import org.flowable.common.engine.api.Engine;
import org.flowable.common.engine.api.engine.EngineLifecycleListener;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.plenary.inbox.CaseFactsProvider;

/** Puts the inbox's read model into the engine: WorkflowEngine calls it before building the engine. */
@ApplicationScoped
public class InboxEngineHook {

    private static final Logger LOG = Logger.getLogger(InboxEngineHook.class.getName());

    @Inject
    @Any
    Instance<CaseFactsProvider> providers;

    public void attachTo(ProcessEngineConfigurationImpl configuration) {
        attach(configuration, new InboxProjection(() -> providers));
    }

    /**
     * Adds the projection to the engine's listeners (also used by tests with an in-memory engine); once
     * the engine is built, an empty read model is filled from the tasks already open.
     */
    public static void attach(ProcessEngineConfigurationImpl configuration, InboxProjection projection) {
        configuration.addEngineLifecycleListener(new EngineLifecycleListener() {
            @Override
            public void onEngineBuilt(Engine engine) {
                int written = projection.rebuildIfEmpty((ProcessEngine) engine);
                if (written > 0) {
                    LOG.info(() -> "Inbox read model filled with " + written + " open tasks");
                }
            }

            @Override
            public void onEngineClosed(Engine engine) {
            }
        });
        List<FlowableEventListener> listeners = new ArrayList<>();
        if (configuration.getEventListeners() != null) {
            listeners.addAll(configuration.getEventListeners());
        }
        listeners.add(projection);
        configuration.setEventListeners(listeners);
    }
}
