package org.plenary.grants.application;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.plenary.grants.GrantApplication;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.PlenaryException;

/**
 * The open tasks of an application's small-grant process, found by their BPMN step. A service
 * only acts when the process is waiting at that step; otherwise the user is told why, nothing changes:
 * "someone has just done this step" (409) when the step was completed, else the service's own reason (400).
 */
@ApplicationScoped
public class GrantTasks {

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    public Optional<Task> find(GrantApplication application, String step) {
        return first(query(application, step));
    }

    public Task require(GrantApplication application, String step, String messageKey) {
        return find(application, step).orElseThrow(() -> notOpen(application, step, messageKey));
    }

    /**
     * Why the step has no open task: a person completed it (a colleague a moment ago, or a stale page),
     * which is a lost race and answered 409; or the case never waited there (or was ended), a 400.
     */
    public PlenaryException notOpen(GrantApplication application, String step, String messageKey) {
        boolean done = application.getProcessInstanceId() != null && history.createHistoricTaskInstanceQuery()
                .processInstanceId(application.getProcessInstanceId()).taskDefinitionKey(step).finished().list()
                .stream().anyMatch(task -> task.getDeleteReason() == null);
        return done ? new ConcurrentChangeException("grant.stepDone") : new InvalidInputException(messageKey);
    }

    /** A variable of an open task's execution (a tranche's paymentId, a report's reportId). */
    public long variable(String taskId, String name) {
        Object value = tasks.getVariable(taskId, name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Task " + taskId + " has no " + name);
        }
        return number.longValue();
    }

    /** Sets a variable where the open task's execution holds it (a review's reviewer). */
    public void setVariable(String taskId, String name, Object value) {
        try {
            tasks.setVariable(taskId, name, value);
        } catch (FlowableObjectNotFoundException completedMeanwhile) {
            throw new ConcurrentChangeException("grant.stepDone");
        }
    }

    /** The step's task assigned to one user (reviews: one task per reviewer). */
    public Task requireAssigned(GrantApplication application, String step, long userId, String messageKey) {
        return first(query(application, step).taskAssignee(Long.toString(userId)))
                .orElseThrow(() -> new InvalidInputException(messageKey));
    }

    /** The step's task whose multi-instance element variable has this value (a tranche, a report). */
    public Task requireFor(GrantApplication application, String step, String variable, long value, String messageKey) {
        return query(application, step).list().stream()
                .filter(t -> value == ((Number) tasks.getVariable(t.getId(), variable)).longValue())
                .findFirst().orElseThrow(() -> new InvalidInputException(messageKey));
    }

    /** Completes the task; if another request completed it since it was read, a clear 409. */
    public void complete(Task task, Map<String, Object> variables) {
        try {
            tasks.complete(task.getId(), variables);
        } catch (FlowableObjectNotFoundException completedMeanwhile) {
            throw new ConcurrentChangeException("grant.stepDone");
        }
    }

    /** Delivers a message to every execution of the application's process waiting for it. */
    public void signal(GrantApplication application, String message) {
        if (application.getProcessInstanceId() == null) {
            return;
        }
        runtime.createExecutionQuery().processInstanceId(application.getProcessInstanceId())
                .messageEventSubscriptionName(message).list()
                .forEach(execution -> runtime.messageEventReceived(message, execution.getId()));
    }

    private TaskQuery query(GrantApplication application, String step) {
        String instance = application.getProcessInstanceId() == null ? "-none-" : application.getProcessInstanceId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step);
    }

    private static Optional<Task> first(TaskQuery query) {
        return query.orderByTaskCreateTime().asc().list().stream().findFirst();
    }
}
