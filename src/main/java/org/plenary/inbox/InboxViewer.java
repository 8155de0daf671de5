package org.plenary.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plenary.identity.Caller;
import org.plenary.identity.Role;

/**
 * Who looks at the inbox, in the terms the processes use: the user id as a task's assignee, the
 * candidate groups (role keys, "org-&lt;id&gt;" for the user's own organisation, and the routing groups of
 * secretariat work the user is responsible for: "call-&lt;id&gt;" for a call's team, "secretariat-&lt;REGION&gt;" for a
 * regional portfolio, see {@link ViewerGroups}), and whether the user is network staff. Staff see cases of every organisation; everyone else never sees a task of a case of
 * their own organisation unless the task is offered to that organisation itself (a reviewer never reviews
 * their own organisation's application).
 */
public record InboxViewer(long userId, Long organisationId, Set<String> groups, boolean networkWide) {

    public static final String ORGANISATION_GROUP = "org-";
    /** The group of a call's team (grants officers), a narrower offer of secretariat work. */
    public static final String CALL_GROUP = "call-";
    /** The group of the secretariat users covering a region, a narrower offer of secretariat work. */
    public static final String REGION_GROUP = "secretariat-";

    public static InboxViewer of(Caller caller) {
        return of(caller, Set.of());
    }

    /** The viewer with further groups (routing groups from {@link ViewerGroups}). */
    public static InboxViewer of(Caller caller, Set<String> further) {
        Set<String> groups = new LinkedHashSet<>(further);
        for (Role role : caller.roles()) {
            groups.add(role.key());
        }
        if (caller.organisationId() != null) {
            groups.add(ORGANISATION_GROUP + caller.organisationId());
        }
        boolean staff = caller.roles().stream().anyMatch(Role::isNetworkWide);
        return new InboxViewer(caller.userId(), caller.organisationId(), Set.copyOf(groups), staff);
    }

    public String assigneeKey() {
        return Long.toString(userId);
    }

    /**
     * The keys of the read model's offer rows that reach this user: role groups (the large ones) first, then
     * routing groups, then the organisation's group, then the user by name.
     */
    public List<String> principals() {
        List<String> principals = new java.util.ArrayList<>();
        groups.stream().filter(group -> !group.startsWith(ORGANISATION_GROUP) && !isRouted(group)).sorted()
                .forEach(group -> principals.add(InboxPrincipal.group(group)));
        groups.stream().filter(InboxViewer::isRouted).sorted()
                .forEach(group -> principals.add(InboxPrincipal.group(group)));
        groups.stream().filter(group -> group.startsWith(ORGANISATION_GROUP)).sorted()
                .forEach(group -> principals.add(InboxPrincipal.group(group)));
        principals.add(InboxPrincipal.user(assigneeKey()));
        return principals;
    }

    /**
     * Whether a task offered to that group is work this user could take: one of their groups, or - for a
     * routing group - any secretariat user (routing says who sees the offer first, not who may do the work).
     */
    public boolean couldTake(String group) {
        return groups.contains(group) || isRouted(group) && groups.contains(Role.SECRETARIAT.key());
    }

    /** A group the grant process routes secretariat work to instead of "secretariat" itself. */
    public static boolean isRouted(String group) {
        return group != null && (group.startsWith(CALL_GROUP) || group.startsWith(REGION_GROUP));
    }

    /** The visibility rule on a task's case organisation and the organisation it is offered to. */
    public boolean maySee(Long caseOrganisationId, Long offeredToOrganisationId) {
        return networkWide || caseOrganisationId == null || !caseOrganisationId.equals(organisationId)
                || caseOrganisationId.equals(offeredToOrganisationId);
    }
}
