package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Calls for proposals through the API, with the grant-call process closing them at the deadline. */
@ExtendWith(ArquillianExtension.class)
class GrantCallsIT {

    private static final String SECRETARIAT = "secretariat@demo.plenary";
    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String APPLICANT_LATAM = "applicant.latam@demo.plenary";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlenaryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void client() throws URISyntaxException {
        base = PlenaryDeployment.contextOf(base);
        http = new Http(base.toURI());
    }

    @Test
    void theSecretariatOpensACallEligibleMembersSeeItAndItClosesAtTheDeadline() throws InterruptedException {
        String title = "26 June small grants " + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant deadline = now.plusSeconds(8);

        HttpResponse<String> bad = http.postJson("api/calls", SECRETARIAT, CallFixtures.json(title, now, deadline, "4000"));
        assertEquals(400, bad.statusCode());
        assertEquals("call.maximumAboveEnvelope", Http.object(bad).getString("code"));
        assertEquals(403, http.postJson("api/calls", APPLICANT, CallFixtures.json(title, now, deadline, "50000")).statusCode());

        // the deadline that matters is counted from here: the requests above take their time
        Instant closes = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(15);
        HttpResponse<String> drafted = http.postJson("api/calls", SECRETARIAT, CallFixtures.json(title,
                now.minusSeconds(60), closes, "50000"));
        assertEquals(201, drafted.statusCode(), drafted.body());
        JsonObject draft = Http.object(drafted);
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(403, http.get("api/calls/" + id, APPLICANT).statusCode(), "drafts are for the secretariat");

        assertEquals(400, http.send("api/calls/" + id + "/open", SECRETARIAT, null).statusCode(),
                "opening needs the version the secretariat read");
        HttpResponse<String> open = openCall(id, draft.getJsonNumber("version").longValue());
        assertEquals(200, open.statusCode(), open.body());
        assertEquals("OPEN", Http.object(open).getString("status"));

        assertTrue(titles(http.get("api/calls/open", APPLICANT)).contains(title), "eligible: Africa, community-led");
        assertTrue(!titles(http.get("api/calls/open", APPLICANT_LATAM)).contains(title), "Latin America is not eligible");

        String status = Waits.until("the grant-call process closes the call at its deadline", Duration.ofSeconds(90),
                () -> Http.object(http.get("api/calls/" + id, SECRETARIAT)).getString("status"), "CLOSED"::equals);
        assertEquals("CLOSED", status, "the grant-call process closed the call at its deadline");
        assertTrue(!titles(http.get("api/calls/open", APPLICANT)).contains(title));

        JsonObject closed = Http.object(http.get("api/calls/" + id, SECRETARIAT));
        HttpResponse<String> archived = http.send("api/calls/" + id + "/archive", SECRETARIAT,
                String.valueOf(closed.getJsonNumber("version").longValue()));
        assertEquals(200, archived.statusCode(), archived.body());
        assertEquals("ARCHIVED", Http.object(archived).getString("status"));
    }

    private HttpResponse<String> openCall(long id, long version) {
        return http.send("api/calls/" + id + "/open", SECRETARIAT, String.valueOf(version));
    }

    private static java.util.List<String> titles(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.array(response).stream().map(JsonObject.class::cast).map(c -> c.getString("title")).toList();
    }
}
