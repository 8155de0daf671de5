package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Users a test class creates through the admin API, deactivated when it is done: the ITs share one
 * database, and an extra active reviewer or officer would change what later classes see (reviewer
 * suggestions and replacements, group e-mails).
 */
final class TemporaryUsers {

    private static final String ADMIN = "admin@demo.plenary";

    private final Http http;
    private final List<Long> created = new ArrayList<>();

    TemporaryUsers(Http http) {
        this.http = http;
    }

    /** Creates an active user with the demo password; returns their id. */
    long create(String email, String fullName, long organisationId, String language, String zone, String role) {
        HttpResponse<String> response = http.postJson("api/users", ADMIN, Json.createObjectBuilder()
                .add("email", email).add("fullName", fullName).add("organisationId", organisationId)
                .add("preferredLanguage", language).add("timeZone", zone).add("roles", Json.createArrayBuilder().add(role))
                .add("active", true).add("password", Http.DEMO_PASSWORD).build().toString());
        assertEquals(201, response.statusCode(), response.body());
        long id = Http.object(response).getJsonNumber("id").longValue();
        created.add(id);
        return id;
    }

    void deactivateAll() {
        for (long id : created) {
            JsonObject user = Http.object(http.get("api/users/" + id, ADMIN));
            HttpResponse<String> changed = http.putJson("api/users/" + id, ADMIN,
                    String.valueOf(user.getJsonNumber("version").longValue()), Json.createObjectBuilder()
                            .add("email", user.getString("email")).add("fullName", user.getString("fullName"))
                            .add("organisationId", user.getJsonNumber("organisationId").longValue())
                            .add("preferredLanguage", user.getString("preferredLanguage"))
                            .add("timeZone", user.getString("timeZone")).add("roles", user.getJsonArray("roles"))
                            .add("active", false).add("password", "").build().toString());
            assertEquals(200, changed.statusCode(), changed.body());
        }
        created.clear();
    }
}
