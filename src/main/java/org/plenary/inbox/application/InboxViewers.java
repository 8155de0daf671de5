package org.plenary.inbox.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.plenary.identity.Caller;
import org.plenary.inbox.InboxViewer;
import org.plenary.inbox.ViewerGroups;

/**
 * The inbox's viewer of a caller with every group the domains route work to (a call's team, a regional
 * portfolio), read on the connection the inbox is about to use anyway.
 */
@ApplicationScoped
public class InboxViewers {

    @Inject
    @Any
    Instance<ViewerGroups> sources;

    private volatile List<ViewerGroups> resolved;

    public InboxViewer of(Connection connection, Caller caller) throws SQLException {
        List<ViewerGroups> all = resolved;
        if (all == null) {
            all = sources.stream().toList();
            resolved = all;
        }
        if (all.isEmpty()) {
            return InboxViewer.of(caller);
        }
        Set<String> further = new HashSet<>();
        for (ViewerGroups source : all) {
            further.addAll(source.of(connection, caller));
        }
        return InboxViewer.of(caller, further);
    }
}
