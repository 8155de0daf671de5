package org.plenary.grants.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.inbox.InboxViewer;
import org.plenary.inbox.ViewerGroups;

/**
 * The routing groups of a secretariat user for the inbox: "call-&lt;id&gt;" for each call whose team they are on,
 * "secretariat-&lt;REGION&gt;" for each region of their portfolio. One query over two primary-key ranges, and
 * none for anyone else (only secretariat users are routed work).
 */
@ApplicationScoped
public class GrantViewerGroups implements ViewerGroups {

    @Override
    public Set<String> of(Connection connection, Caller caller) throws SQLException {
        if (!caller.isUser() || !caller.has(Role.SECRETARIAT)) {
            return Set.of();
        }
        Set<String> groups = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT call_id, '' FROM grant_call_team "
                + "WHERE user_id = ? UNION ALL SELECT 0, region FROM user_region WHERE user_id = ?")) {
            select.setLong(1, caller.userId());
            select.setLong(2, caller.userId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long call = rows.getLong(1);
                    groups.add(call > 0 ? GrantTaskRouting.callGroup(call) : InboxViewer.REGION_GROUP + rows.getString(2));
                }
            }
        }
        return groups;
    }
}
