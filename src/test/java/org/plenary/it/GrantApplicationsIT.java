package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Applications through the API: drafts, submission rules, double clicks, screening and clarification. */
@ExtendWith(ArquillianExtension.class)
class GrantApplicationsIT {

    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String OTHER_APPLICANT = "applicant.eurasia@demo.plenary";
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

    /** A complete form within CallFixtures' bounds (1,000 to 5,000 USD), budget adding up to amount. */
    static String form(String amount, boolean declared) {
        return """
                {"projectTitle":"Support. Don't Punish day in Nairobi","summary":"A public action on 26 June.",
                 "objectives":"Raise awareness of decriminalisation.","activities":"March and a meeting with officials.",
                 "countries":["KE"],"startDate":"2027-06-01","endDate":"2027-07-31","requestedAmount":%s,
                 "budget":[{"category":"Venue","description":"Hall hire","amount":1000},
                           {"category":"Materials","description":"Banners","amount":%s}],
                 "declaresAccuracy":%s,"acceptsDataUse":true}"""
                .formatted(amount, new java.math.BigDecimal(amount).subtract(java.math.BigDecimal.valueOf(1000)), declared);
    }

    private JsonObject start(long callId) {
        HttpResponse<String> started = http.send("api/calls/" + callId + "/applications", APPLICANT, null);
        assertEquals(200, started.statusCode(), started.body());
        return Http.object(started);
    }

    private static String version(JsonObject application) {
        return String.valueOf(application.getJsonNumber("version").longValue());
    }

    @Test
    void anApplicationIsDraftedSubmittedOnceScreenedAndClarified() {
        long call = CallFixtures.open(http, "Applications " + UUID.randomUUID(), Instant.now().plusSeconds(3600));
        JsonObject draft = start(call);
        long id = draft.getJsonNumber("id").longValue();
        assertEquals(id, start(call).getJsonNumber("id").longValue(), "applying again resumes the same application");
        assertEquals("DRAFT", draft.getString("status"));

        HttpResponse<String> saved = http.putJson("api/applications/" + id, APPLICANT, version(draft), """
                {"projectTitle":"Half-written","countries":["KE"]}""");
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject afterSave = Http.object(saved);
        assertEquals("Half-written", afterSave.getString("projectTitle"), "a draft is kept as written");

        HttpResponse<String> stale = http.postJsonIfMatch("api/applications/" + id + "/submit", APPLICANT, version(draft),
                form("3000", true));
        assertEquals(409, stale.statusCode(), "a stale form is refused");
        HttpResponse<String> undeclared = http.postJsonIfMatch("api/applications/" + id + "/submit", APPLICANT,
                version(afterSave), form("3000", false));
        assertEquals(400, undeclared.statusCode());
        assertEquals("application.declarationsRequired", Http.object(undeclared).getString("code"));
        HttpResponse<String> outOfBounds = http.postJsonIfMatch("api/applications/" + id + "/submit", APPLICANT,
                version(afterSave), form("7000", true));
        assertEquals("application.amountOutOfBounds", Http.object(outOfBounds).getString("code"));
        assertTrue(Http.object(outOfBounds).getString("message").contains("1,000") ||
                Http.object(outOfBounds).getString("message").contains("1000"), outOfBounds.body());
        assertEquals("DRAFT", Http.object(http.get("api/applications/" + id, APPLICANT)).getString("status"),
                "refused submissions change nothing");

        HttpResponse<String> submitted = http.postJsonIfMatch("api/applications/" + id + "/submit", APPLICANT,
                version(afterSave), form("3000", true));
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonObject application = Http.object(submitted);
        assertEquals("SUBMITTED", application.getString("status"));
        HttpResponse<String> again = http.postJsonIfMatch("api/applications/" + id + "/submit", APPLICANT,
                version(application), form("3000", true));
        assertEquals(400, again.statusCode());
        assertEquals("application.alreadySubmitted", Http.object(again).getString("code"));

        assertEquals(403, http.get("api/applications/" + id, OTHER_APPLICANT).statusCode(),
                "another organisation never sees it");
        assertEquals(403, http.get("api/applications/" + id, "reviewer@demo.plenary").statusCode());
        List<JsonObject> forCall = Http.array(http.get("api/calls/" + call + "/applications", SECRETARIAT)).stream()
                .map(JsonObject.class::cast).toList();
        assertEquals(1, forCall.size());

        HttpResponse<String> noQuestion = http.postJson("api/applications/" + id + "/screening", SECRETARIAT,
                "{\"decision\":\"CLARIFY\"}");
        assertEquals("screening.questionRequired", Http.object(noQuestion).getString("code"));
        assertEquals(403, http.postJson("api/applications/" + id + "/screening", APPLICANT,
                "{\"decision\":\"ELIGIBLE\"}").statusCode(), "applicants do not screen");
        HttpResponse<String> asked = http.postJson("api/applications/" + id + "/screening", SECRETARIAT,
                "{\"decision\":\"CLARIFY\",\"note\":\"Which county officials will you meet?\",\"answerWithinDays\":5}");
        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals("CLARIFICATION_REQUESTED", Http.object(asked).getString("status"));
        // screening was done (a question asked): a second screening lost the race, stale page or not
        HttpResponse<String> screenedAlready = http.postJson("api/applications/" + id + "/screening", SECRETARIAT,
                "{\"decision\":\"ELIGIBLE\"}");
        assertEquals(409, screenedAlready.statusCode(), "screening waits for the answer");
        assertEquals("grant.stepDone", Http.object(screenedAlready).getString("code"));

        assertEquals(403, http.postJson("api/applications/" + id + "/clarification", OTHER_APPLICANT,
                "{\"answer\":\"not ours\"}").statusCode());
        HttpResponse<String> answered = http.postJson("api/applications/" + id + "/clarification", APPLICANT,
                "{\"answer\":\"The Nairobi County health committee.\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("SUBMITTED", Http.object(answered).getString("status"));

        HttpResponse<String> eligible = http.postJson("api/applications/" + id + "/screening", SECRETARIAT,
                "{\"decision\":\"ELIGIBLE\"}");
        assertEquals(200, eligible.statusCode(), eligible.body());
        assertEquals("ELIGIBLE", Http.object(eligible).getString("status"));
        assertTrue(Http.object(http.get("api/audit/chain", "auditor@demo.plenary")).getBoolean("intact"));
    }

    @Test
    void twoSubmitsAtTheSameMomentMakeOneSubmission() throws Exception {
        long call = CallFixtures.open(http, "Double click " + UUID.randomUUID(), Instant.now().plusSeconds(3600));
        JsonObject draft = start(call);
        long id = draft.getJsonNumber("id").longValue();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Callable<Integer> submit = () -> {
                    go.await();
                    return new Http(base.toURI()).postJsonIfMatch("api/applications/" + id + "/submit", APPLICANT,
                            version(draft), form("3000", true)).statusCode();
                };
                results.add(pool.submit(submit));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one submission: " + statuses);
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 400 || s == 409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Http.array(http.get("api/calls/" + call + "/applications", SECRETARIAT)).size());
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefusedAndTheDraftKept() throws InterruptedException {
        long call = CallFixtures.open(http, "Deadline " + UUID.randomUUID(), Instant.now().plusSeconds(15));
        JsonObject draft = start(call);
        Waits.until("the call closes at its deadline", Duration.ofSeconds(90),
                () -> Http.object(http.get("api/calls/" + call, SECRETARIAT)).getString("status"), "CLOSED"::equals);
        HttpResponse<String> late = http.postJsonIfMatch("api/applications/" + draft.getJsonNumber("id").longValue()
                + "/submit", APPLICANT, version(draft), form("3000", true));
        assertEquals(400, late.statusCode());
        assertEquals("application.callClosed", Http.object(late).getString("code"));
        assertEquals("DRAFT", Http.object(http.get("api/applications/" + draft.getJsonNumber("id").longValue(),
                APPLICANT)).getString("status"));
    }
}
