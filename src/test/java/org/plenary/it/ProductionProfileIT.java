package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.platform.persistence.DatabaseUrl;

/**
 * The production profile: no demo data ever, a first administrator from the environment, and a
 * refusal to start while accounts with the published demo password exist. Each start here uses
 * an embedded database of its own, whatever database the other tests use.
 */
class ProductionProfileIT {

    private static final Duration START = Duration.ofMinutes(3);
    private static final List<String> PRODUCTION = List.of("plenary.profile=production");
    private static final String ADMIN_EMAIL = "it-admin@network.example";
    private static final String ADMIN_PASSWORD = "a-first-admin-password";

    private final Path runDir = Path.of(System.getProperty("plenary.it.dir", "target/it-run"),
            "production-" + UUID.randomUUID().toString().substring(0, 8));

    private String freshDatabase(String name) {
        return "jdbc:h2:file:" + runDir.toAbsolutePath().resolve(name + "/plenary");
    }

    @Test
    void aFirstProductionStartNeedsItsFirstAdministrator() throws Exception {
        try (PlenaryProcess plenary = PlenaryProcess.start(freshDatabase("no-admin"), "sa", "",
                runDir.resolve("no-admin.log"), PRODUCTION)) {
            assertTrue(plenary.awaitLog("Plenary has no users yet", START),
                    "Plenary explains what is missing instead of running with nobody able to sign in");
        }
    }

    @Test
    void productionLoadsNoDemoDataAndRefusesDemoAccounts() throws Exception {
        String database = freshDatabase("with-admin");
        List<String> firstStart = List.of("plenary.profile=production", "plenary.admin.email=" + ADMIN_EMAIL,
                "plenary.admin.password=" + ADMIN_PASSWORD, "plenary.network.name=Harm Reduction Network Secretariat");
        try (PlenaryProcess plenary = PlenaryProcess.start(database, "sa", "", runDir.resolve("first.log"), firstStart)) {
            plenary.awaitHealthy(START);
            Http http = new Http(plenary.base());
            assertEquals(401, http.get("api/me", "admin@demo.plenary").statusCode(), "no demo accounts in production");
            HttpResponse<String> me = http.getWithPassword("api/me", ADMIN_EMAIL, ADMIN_PASSWORD);
            assertEquals(200, me.statusCode(), me.body());
            assertEquals("Harm Reduction Network Secretariat", Http.object(me).getString("organisationName"));
            assertEquals(1, Http.array(http.getWithPassword("api/organisations", ADMIN_EMAIL, ADMIN_PASSWORD)).size(),
                    "only the network's own organisation: no demo network");
            plenary.kill();
        }

        // an account carrying the published demo password must stop a production start
        try (Connection db = DriverManager.getConnection(DatabaseUrl.complete(database, runDir), "sa", "");
                PreparedStatement mark = db.prepareStatement("update app_user set demo_account = true")) {
            assertEquals(1, mark.executeUpdate());
        }
        try (PlenaryProcess plenary = PlenaryProcess.start(database, "sa", "", runDir.resolve("refused.log"),
                PRODUCTION)) {
            assertTrue(plenary.awaitLog("Refusing to start in the production profile", START));
            assertNotEquals(200, new Http(plenary.base()).getWithPassword("api/me", ADMIN_EMAIL, ADMIN_PASSWORD)
                    .statusCode(), "the application is not served");
        }
    }
}
