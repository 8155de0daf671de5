package org.plenary.inbox.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.plenary.platform.persistence.PlenaryDataSourceDefinition;

/**
 * The inbox's SQL work on a connection of the application's pool, in the caller's transaction when there is
 * one: the inbox's services read the read model (InboxQueries) and the digests' tables through here.
 */
@ApplicationScoped
public class InboxSql {

    /** Reading or writing on one connection. */
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    @Resource(lookup = PlenaryDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    public <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or write the inbox", e);
        }
    }
}
