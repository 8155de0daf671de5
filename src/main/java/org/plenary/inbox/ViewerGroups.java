package org.plenary.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import org.plenary.identity.Caller;

/**
 * Candidate groups of a user beyond their roles and organisation, supplied by the domain that routes work to
 * them (the grants: a call's team, a regional portfolio). Asked on every inbox request, on the inbox's own
 * connection: an implementation answers with one indexed query at most, and with none for callers who
 * cannot be in its groups.
 */
public interface ViewerGroups {

    Set<String> of(Connection connection, Caller caller) throws SQLException;
}
