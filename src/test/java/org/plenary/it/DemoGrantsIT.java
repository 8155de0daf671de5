package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo grants of the default run, as the demo users see them through the API: two calls with
 * applications in every state, reviews to declare and to score, a payment and reports to handle.
 */
@ExtendWith(ArquillianExtension.class)
class DemoGrantsIT {

    private static final String SECRETARIAT = CallFixtures.SECRETARIAT;

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
    void theOpenTwentySixthOfJuneCallHoldsApplicationsFromDraftToAwaitingDecision() {
        long call = callId("Support. Don't Punish");
        assertEquals(Set.of("SUBMITTED", "CLARIFICATION_REQUESTED", "INELIGIBLE", "ELIGIBLE", "IN_REVIEW",
                "AWAITING_DECISION"), statuses(objects(http.get("api/calls/" + call + "/applications", SECRETARIAT))));
        assertTrue(objects(http.get("api/applications", "applicant@demo.plenary")).stream()
                .anyMatch(a -> a.getJsonNumber("callId").longValue() == call && a.getString("status").equals("DRAFT")),
                "the demo applicant has a draft to finish");
        assertTrue(objects(http.get("api/applications", "applicant.eurasia@demo.plenary")).stream()
                .anyMatch(a -> a.getString("status").equals("CLARIFICATION_REQUESTED")
                        && !a.isNull("screeningNote")), "a question to answer");

        List<JsonObject> ranked = Http.object(http.get("api/calls/" + call + "/ranking", SECRETARIAT))
                .getJsonArray("applications").getValuesAs(JsonObject.class);
        assertTrue(ranked.size() >= 4, ranked.toString());
        assertFalse(ranked.get(0).isNull("score"), "the ranking shows scores: " + ranked.get(0));

        Set<String> mine = statuses(objects(http.get("api/grants/my-reviews", "reviewer@demo.plenary")));
        assertTrue(mine.containsAll(Set.of("ASSIGNED", "SCORING", "SUBMITTED")), mine.toString());
    }

    @Test
    void theHarmReductionServicesCallHoldsGrantsFromWaitlistedToClosed() {
        long call = callId("Small grants for harm reduction services");
        assertEquals("CLOSED", Http.object(http.get("api/calls/" + call, SECRETARIAT)).getString("status"));
        assertEquals(Set.of("WAITLISTED", "REJECTED", "APPROVAL_PENDING", "APPROVED", "AGREEMENT_ACCEPTED", "ACTIVE",
                "CLOSED", "TERMINATED"),
                statuses(objects(http.get("api/calls/" + call + "/applications", SECRETARIAT))));
        JsonObject envelope = Http.object(http.get("api/calls/" + call + "/ranking", SECRETARIAT))
                .getJsonObject("envelope");
        assertEquals(0, new BigDecimal("23700").compareTo(envelope.getJsonNumber("committed").bigDecimalValue()),
                "approved amounts, less what the terminated grant did not receive: " + envelope);

        List<JsonObject> paymentsDue = objects(http.get("api/grants/payments-due", SECRETARIAT));
        assertTrue(paymentsDue.stream().anyMatch(p -> p.getInt("trancheNo") == 1), paymentsDue.toString());
        Set<String> reports = statuses(objects(http.get("api/grants/reports-due", SECRETARIAT)));
        assertTrue(reports.contains("SUBMITTED"), "an interim report waits for the secretariat: " + reports);

        JsonObject nairobi = objects(http.get("api/applications", "applicant@demo.plenary")).stream()
                .filter(a -> a.getJsonNumber("callId").longValue() == call).findFirst().orElseThrow();
        assertEquals("ACTIVE", nairobi.getString("status"));
        String grant = "api/applications/" + nairobi.getJsonNumber("id").longValue();
        long interim = objects(http.get(grant + "/reports", "applicant@demo.plenary")).get(0).getJsonNumber("id")
                .longValue();
        HttpResponse<String> empty = http.postJson(grant + "/reports/" + interim, "applicant@demo.plenary",
                "{\"narrative\":\"\",\"spending\":[0,0,0]}");
        assertEquals("report.narrativeRequired", Http.object(empty).getString("code"),
                "the interim report is open for the demo applicant (an empty one is refused, nothing changes)");
        assertTrue(Http.object(http.get(grant + "/agreement", "applicant@demo.plenary")).getString("paymentDetails")
                .endsWith("4567"), "payment details are shown masked");
        assertTrue(Http.object(http.get("api/audit/chain", "auditor@demo.plenary")).getBoolean("intact"));
    }

    private long callId(String titleStart) {
        return objects(http.get("api/calls", SECRETARIAT)).stream()
                .filter(c -> c.getString("title").startsWith(titleStart)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static Set<String> statuses(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("status")).collect(Collectors.toSet());
    }

    private static List<JsonObject> objects(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.array(response).stream().map(JsonObject.class::cast).toList();
    }
}
