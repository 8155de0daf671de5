package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.plenary.platform.persistence.DatabaseUrl;

/**
 * The two traps the prototype found, checked on the real thing: a timer that is due while Plenary
 * is down fires exactly once after a restart, without breaking anything; and what was committed
 * just before a kill -9 is still there afterwards. Runs on the default H2 file and, with
 * PLENARY_DB_URL, on MySQL/MariaDB.
 */
class PlenaryRestartIT {

    private static final String ADMIN = "admin@demo.plenary";
    private static final String AUDITOR = "auditor@demo.plenary";

    private final Path runDir = Path.of(System.getProperty("plenary.it.dir", "target/it-run"),
            "restart-" + UUID.randomUUID().toString().substring(0, 8));
    private final String dbUser = System.getProperty("plenary.it.db.user", "sa");
    private final String dbPassword = System.getProperty("plenary.it.db.password", "");
    private final String dbUrl = databaseUrl();

    private String databaseUrl() {
        String configured = System.getProperty("plenary.it.db.url", "");
        if (configured.isBlank() || DatabaseUrl.isH2(configured)) {
            // a fresh embedded database of its own, exactly as the default run creates it
            return "jdbc:h2:file:" + runDir.toAbsolutePath().resolve("data/plenary");
        }
        return configured;
    }

    @Test
    void aTimerDueDuringDowntimeFiresOnceAndCommittedDataSurvivesKillMinus9() throws Exception {
        String organisation = "Committed Before Kill " + UUID.randomUUID();

        try (PlenaryProcess first = PlenaryProcess.start(dbUrl, dbUser, dbPassword, runDir.resolve("first.log"))) {
            Duration startup = first.awaitHealthy(Duration.ofMinutes(3));
            System.out.printf("Plenary start-up to first /health UP (fresh database): %.1f s%n",
                    startup.toMillis() / 1000.0);
            HttpResponse<String> created = new Http(first.base()).postJson("api/organisations", ADMIN, """
                    {"name":"%s","country":"KE","region":"AFRICA","kinds":["WOMEN_LED"],"membershipStatus":"ACTIVE"}"""
                    .formatted(organisation));
            assertEquals(201, created.statusCode(), created.body());
            first.kill();
        }

        long checksBefore;
        try (Connection db = connect()) {
            checksBefore = count(db, "select count(*) from audit_chain_check");
            assertEquals(1, count(db, "select count(*) from ACT_RU_TIMER_JOB where PROC_DEF_ID_ like 'audit-chain-verification:%'"),
                    "one nightly timer is scheduled");
            try (PreparedStatement due = db.prepareStatement(
                    "update ACT_RU_TIMER_JOB set DUEDATE_ = ? where PROC_DEF_ID_ like 'audit-chain-verification:%'")) {
                due.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));
                assertEquals(1, due.executeUpdate(), "the nightly check fell due while Plenary was down");
            }
        }

        try (PlenaryProcess second = PlenaryProcess.start(dbUrl, dbUser, dbPassword, runDir.resolve("second.log"))) {
            Duration startup = second.awaitHealthy(Duration.ofMinutes(3));
            System.out.printf("Plenary start-up to first /health UP (existing database, timer due): %.1f s%n",
                    startup.toMillis() / 1000.0);
            Http http = new Http(second.base());

            List<JsonObject> checks = awaitChecks(http, checksBefore + 1);
            assertTrue(checks.get(0).getBoolean("intact"), "the audit chain survived the kill: " + checks.get(0));

            assertTrue(Http.array(http.get("api/organisations", ADMIN)).stream().map(JsonObject.class::cast)
                    .anyMatch(o -> o.getString("name").equals(organisation)), "the committed organisation survived");
            assertTrue(Http.object(http.get("api/audit/chain", AUDITOR)).getBoolean("intact"));
            HttpResponse<String> health = new Http(second.base()).get("health", null);
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"asyncExecutor\":\"true\""), health.body());
            assertEquals(List.of(), second.severeLogLines(), "no errors in the log after the restart");
        }

        try (Connection db = connect()) {
            assertEquals(checksBefore + 1, count(db, "select count(*) from audit_chain_check"),
                    "the due timer fired exactly once");
            assertEquals(0, count(db, "select count(*) from ACT_RU_DEADLETTER_JOB"), "no job failed for good");
            assertEquals(1, count(db, "select count(*) from ACT_RE_DEPLOYMENT where NAME_ = 'audit/audit-chain-verification.bpmn20.xml'"),
                    "restarts deploy no new version of an unchanged workflow");
            try (PreparedStatement next = db.prepareStatement(
                    "select DUEDATE_ from ACT_RU_TIMER_JOB where PROC_DEF_ID_ like 'audit-chain-verification:%'");
                    ResultSet rs = next.executeQuery()) {
                assertTrue(rs.next(), "the next night's check is scheduled");
                LocalDateTime due = rs.getTimestamp(1).toLocalDateTime();
                assertTrue(due.isAfter(LocalDateTime.now(ZoneOffset.systemDefault())), "next check in the future: " + due);
                assertTrue(!rs.next(), "exactly one nightly timer");
            }
        }
    }

    private List<JsonObject> awaitChecks(Http http, long expected) {
        List<JsonObject> checks = Waits.until("the due check runs after the restart", Duration.ofSeconds(90), () -> {
            HttpResponse<String> response = http.get("api/audit/chain/checks", AUDITOR);
            assertEquals(200, response.statusCode(), response.body());
            return Http.array(response).stream().map(JsonObject.class::cast).toList();
        }, found -> found.size() >= expected);
        assertEquals(expected, checks.size(), "checks recorded after the restart");
        return checks;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(DatabaseUrl.complete(dbUrl, runDir), dbUser, dbPassword);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
