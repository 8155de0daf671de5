package org.plenary.inbox.infrastructure;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.plenary.inbox.CaseFactsProvider;

/** Puts the inbox's read model into the engine: WorkflowEngine calls it before building the engine. */
@ApplicationScoped
public class InboxEngineHook {

    @Inject
    @Any
    Instance<CaseFactsProvider> providers;

    public void attachTo(ProcessEngineConfigurationImpl configuration) {
        attach(configuration, new InboxProjection(() -> providers));
    }

    /** Adds the projection to the engine's listeners (also used by tests with an in-memory engine). */
    public static void attach(ProcessEngineConfigurationImpl configuration, InboxProjection projection) {
        List<FlowableEventListener> listeners = new ArrayList<>();
        if (configuration.getEventListeners() != null) {
            listeners.addAll(configuration.getEventListeners());
        }
        listeners.add(projection);
        configuration.setEventListeners(listeners);
    }
}
