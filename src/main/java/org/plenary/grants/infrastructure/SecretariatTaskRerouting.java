package org.plenary.grants.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.plenary.grants.application.ApplicationService;
import org.plenary.identity.PortfolioChanged;
import org.plenary.inbox.InboxViewer;

/**
 * Moves open secretariat steps of applications to the group routing picks now, after a call's team or a
 * regional portfolio changed: the old routing group is removed as candidate and the new one added, in the
 * caller's transaction (the inbox's read model follows the identity-link events). Claimed tasks keep their
 * assignee; their candidates move too, so that a task given back goes to the right people.
 */
@ApplicationScoped
public class SecretariatTaskRerouting {

    @Inject
    TaskService tasks;

    @Inject
    GrantTaskRouting routing;

    /** The open secretariat tasks of the call's applications; answers how many moved. */
    public int rerouteCall(long callId) {
        return reroute(tasks.createTaskQuery().processVariableValueEquals("callId", callId));
    }

    /** A portfolio changed: every open secretariat task not routed to a call's team may move. */
    void portfolioChanged(@Observes PortfolioChanged change) {
        reroute(tasks.createTaskQuery());
    }

    private int reroute(TaskQuery query) {
        List<Task> open = query.processDefinitionKey(ApplicationService.PROCESS)
                .taskDefinitionKeys(GrantTaskRouting.SECRETARIAT_STEPS).includeProcessVariables().list();
        Map<String, String> decided = new HashMap<>();
        int moved = 0;
        for (Task task : open) {
            Object callId = task.getProcessVariables().get("callId");
            Object organisationId = task.getProcessVariables().get("organisationId");
            String group = decided.computeIfAbsent(callId + "/" + organisationId,
                    key -> routing.secretariatGroup(callId, organisationId));
            if (move(task.getId(), group)) {
                moved++;
            }
        }
        return moved;
    }

    private boolean move(String taskId, String group) {
        List<String> routed = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
                .filter(g -> GrantTaskRouting.SECRETARIAT.equals(g) || InboxViewer.isRouted(g)).toList();
        if (routed.equals(List.of(group))) {
            return false;
        }
        for (String old : routed) {
            if (!old.equals(group)) {
                tasks.deleteCandidateGroup(taskId, old);
            }
        }
        if (!routed.contains(group)) {
            tasks.addCandidateGroup(taskId, group);
        }
        return true;
    }
}
