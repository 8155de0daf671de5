package org.plenary.inbox;

import java.util.Set;

/**
 * Whom a task may be given to (assigned, reassigned or delegated): a person who could take it themselves
 * (in one of its candidate groups, named as a candidate, or - for a task assigned to a person, such as a
 * review - someone with the role that works such tasks; for secretariat work routed to a call's team or a
 * region, any secretariat user) and who may see its case under the inbox's
 * visibility rule. Answers the messages key of the refusal, or null when the person may have it.
 */
public final class TaskTakers {

    private TaskTakers() {
    }

    /**
     * @param person            the person as the inbox sees them (groups from their roles and organisation)
     * @param candidateGroups   the task's candidate groups (empty for a task assigned to a person)
     * @param candidateUsers    the task's candidate users, by user id
     * @param personalRole      for a task without candidates, the role (group key) of those who work it; or null
     * @param caseOrganisation  the organisation whose case the task belongs to, or null
     */
    public static String refusal(InboxViewer person, Set<String> candidateGroups, Set<String> candidateUsers,
            String personalRole, Long caseOrganisation) {
        boolean couldTake = candidateGroups.stream().anyMatch(person::couldTake)
                || candidateUsers.contains(person.assigneeKey())
                || (candidateGroups.isEmpty() && candidateUsers.isEmpty() && personalRole != null
                        && person.groups().contains(personalRole));
        if (!couldTake) {
            return "inbox.assign.notCandidate";
        }
        Long offeredTo = candidateGroups.stream().map(InboxPrincipal::organisationOf)
                .filter(id -> id != null && id.equals(person.organisationId())).findFirst().orElse(null);
        if (!person.maySee(caseOrganisation, offeredTo)) {
            return "inbox.assign.ownOrganisation";
        }
        return null;
    }
}
