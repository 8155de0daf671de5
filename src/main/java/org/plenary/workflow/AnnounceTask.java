package org.plenary.workflow;

import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.plenary.notifications.LocalText;
import org.plenary.notifications.application.Notifications;

/**
 * Tells the people a new task is for: its assignee, or everyone in its candidate groups, by e-mail
 * in their own language. Processes declare it as their TASK_CREATED listener, so every step that
 * involves a person notifies that person, in the transaction that creates the task.
 */
@Named("announceTask")
@ApplicationScoped
public class AnnounceTask implements FlowableEventListener {

    public static final String TEMPLATE = "task.new";

    @Inject
    Notifications notifications;

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() != FlowableEngineEventType.TASK_CREATED
                || !(event instanceof FlowableEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof TaskEntity task)) {
            return;
        }
        Object title = task.getVariable("caseTitle");
        String caseTitle = title == null ? String.valueOf(task.getProcessInstanceId()) : title.toString();
        Date due = task.getDueDate();
        Object[] args = {taskName(task), caseTitle, due == null ? "-" : due.toInstant()};
        if (task.getAssignee() != null && task.getAssignee().matches("\\d+")) {
            notifications.toUser(Long.parseLong(task.getAssignee()), TEMPLATE, args);
            return;
        }
        for (IdentityLinkInfo link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                notifications.toGroup(link.getGroupId(), TEMPLATE, args);
            }
        }
    }

    /** Translated per recipient where messages*.properties has the step (task.&lt;process key&gt;.&lt;task id&gt;). */
    private static LocalText taskName(TaskEntity task) {
        String definition = task.getProcessDefinitionId();
        String processKey = definition == null ? "" : definition.split(":", 2)[0];
        return new LocalText("task." + processKey + "." + task.getTaskDefinitionKey(), task.getName());
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
