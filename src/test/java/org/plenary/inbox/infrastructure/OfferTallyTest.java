package org.plenary.inbox.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.platform.persistence.DatabaseMigration;
import org.plenary.workflow.TestEngines;

/**
 * The tally under concurrent engine transactions, on H2 and, in CI's second pass (PLENARY_DB_URL), on MariaDB:
 * two transactions that both bring the first offer of the same key both count, whichever inserts first.
 */
class OfferTallyTest {

    private final String principal = "u:tally-test-" + UUID.randomUUID();
    private String url;
    private String user;
    private String password;

    @BeforeEach
    void migrate() {
        String external = System.getenv("PLENARY_DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv("PLENARY_DB_USER");
            password = System.getenv("PLENARY_DB_PASSWORD") == null ? "" : System.getenv("PLENARY_DB_PASSWORD");
            com.mysql.cj.jdbc.MysqlDataSource dataSource = new com.mysql.cj.jdbc.MysqlDataSource();
            dataSource.setUrl(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            DatabaseMigration.migrate(dataSource);
        } else {
            url = TestEngines.url("tally-" + UUID.randomUUID());
            user = "sa";
            password = "";
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            dataSource.setUser(user);
            DatabaseMigration.migrate(dataSource);
        }
    }

    @AfterEach
    void removeOwnRows() throws SQLException {
        try (Connection connection = connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM inbox_offer_tally WHERE principal = ?")) {
            delete.setString(1, principal);
            delete.executeUpdate();
        }
    }

    @Test
    void twoFirstOffersOfOneKeyInConcurrentTransactionsBothCount() throws Exception {
        try (Connection first = connect(); Connection second = connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            OfferTally mine = new OfferTally();
            mine.adding(principal, 7L, null);
            mine.apply(first);

            OfferTally theirs = new OfferTally();
            theirs.adding(principal, 7L, null);
            theirs.adding(principal, 7L, null);
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    theirs.apply(second);
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            first.commit();
            waiting.get(30, TimeUnit.SECONDS);
        }
        assertEquals(3, offers(7));
    }

    @Test
    void aRolledBackTransactionCountsNothing() throws Exception {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            OfferTally tally = new OfferTally();
            tally.adding(principal, 8L, 8L);
            tally.adding(principal, 9L, null);
            tally.apply(connection);
            connection.commit();

            OfferTally rolledBack = new OfferTally();
            rolledBack.adding(principal, 8L, 8L);
            rolledBack.apply(connection);
            connection.rollback();
        }
        assertEquals(1, offers(8));
        assertEquals(1, offers(9));
    }

    private long offers(long organisation) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT SUM(offers) FROM inbox_offer_tally WHERE principal = ? AND organisation_id = ?")) {
            select.setString(1, principal);
            select.setLong(2, organisation);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
