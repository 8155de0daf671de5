package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/**
 * A grant from eligibility through peer review, decision (four eyes), agreement (sealed payment
 * details), the first payment and an interim report releasing the second tranche; the envelope under
 * 50 simultaneous approvals; early termination. Everything through the REST API, as each role.
 */
@ExtendWith(ArquillianExtension.class)
class GrantLifecycleIT {

    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String OTHER_APPLICANT = "applicant.eurasia@demo.plenary";
    private static final String SECRETARIAT = CallFixtures.SECRETARIAT;
    private static final String FINANCE = "finance@demo.plenary";

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

    /** A submitted and eligible application of the demo applicant; the project started 100 days ago. */
    private long eligibleApplication(long call) {
        JsonObject draft = Http.object(http.send("api/calls/" + call + "/applications", APPLICANT, null));
        long id = draft.getJsonNumber("id").longValue();
        LocalDate start = LocalDate.now().minusDays(100);
        HttpResponse<String> submitted = http.postJsonIfMatch("api/applications/" + id + "/submit", APPLICANT,
                String.valueOf(draft.getJsonNumber("version").longValue()), """
                {"projectTitle":"Community paralegals in Kisumu","summary":"Legal support for people who use drugs.",
                 "objectives":"Fewer arbitrary arrests.","activities":"Train ten paralegals.","countries":["KE"],
                 "startDate":"%s","endDate":"%s","requestedAmount":4000,
                 "budget":[{"category":"Training","description":"Venue and trainers","amount":3000},
                           {"category":"Travel","description":"Transport","amount":1000}],
                 "declaresAccuracy":true,"acceptsDataUse":true}""".formatted(start, start.plusDays(150)));
        assertEquals(200, submitted.statusCode(), submitted.body());
        ok(http.postJson("api/applications/" + id + "/screening", SECRETARIAT, "{\"decision\":\"ELIGIBLE\"}"));
        return id;
    }

    @Test
    void aGrantGoesFromReviewThroughFourEyesApprovalAndAgreementToItsPayments() throws Exception {
        long call = CallFixtures.open(http, "Lifecycle " + UUID.randomUUID(), Instant.now().plusSeconds(3600));
        long id = eligibleApplication(call);
        String app = "api/applications/" + id;

        // reviewers: suggested from other organisations, spread across regions
        List<JsonObject> suggested = objects(http.get(app + "/reviews/suggestions", SECRETARIAT));
        assertEquals(2, suggested.size());
        assertNotEquals(suggested.get(0).getString("region"), suggested.get(1).getString("region"));
        assertTrue(suggested.stream().noneMatch(s -> s.getString("organisation").contains("Nairobi")));
        assertEquals(403, http.get(app + "/reviews/suggestions", APPLICANT).statusCode());
        long kampala = reviewerId("Grace Mwangi");
        long mekong = reviewerId("Somchai Rattanakorn");
        long warsaw = reviewerId("Tomasz Nowak");
        assertEquals("review.reviewerCount", code(http.postJson(app + "/reviews", SECRETARIAT,
                "{\"reviewerIds\":[" + kampala + "],\"dueInDays\":10}")));
        ok(http.postJson(app + "/reviews", SECRETARIAT,
                "{\"reviewerIds\":[" + kampala + "," + mekong + "],\"dueInDays\":10}"));
        assertEquals("IN_REVIEW", status(id));

        // a declared conflict hands the review to the one reviewer left
        assertEquals("review.conflictNoteRequired", code(http.postJson(app + "/reviews/mine/declaration",
                "reviewer.africa@demo.plenary", "{\"conflict\":true}")));
        ok(http.postJson(app + "/reviews/mine/declaration", "reviewer.africa@demo.plenary",
                "{\"conflict\":true,\"note\":\"I advised this organisation last year.\"}"));
        assertEquals(403, http.get(app, "reviewer.africa@demo.plenary").statusCode(),
                "a conflicted reviewer no longer reads the application");
        List<JsonObject> reviews = objects(http.get(app + "/reviews", SECRETARIAT));
        assertTrue(reviews.stream().anyMatch(r -> r.getJsonNumber("reviewerId").longValue() == warsaw
                && r.getString("status").equals("ASSIGNED")), "the replacement is assigned");

        // scoring; the others' scores stay hidden until one's own is in
        ok(http.postJson(app + "/reviews/mine/declaration", "reviewer@demo.plenary", "{\"conflict\":false}"));
        ok(http.postJson(app + "/reviews/mine/declaration", "reviewer.europe@demo.plenary", "{\"conflict\":false}"));
        assertEquals(200, http.get(app, "reviewer@demo.plenary").statusCode(), "a reviewer reads the application");
        assertEquals("review.commentRequired", code(http.postJson(app + "/reviews/mine", "reviewer@demo.plenary",
                "{\"scores\":[{\"score\":5,\"comment\":\"\"},{\"score\":4,\"comment\":\"ok\"}]}")));
        ok(http.postJson(app + "/reviews/mine", "reviewer@demo.plenary", """
                {"scores":[{"score":5,"comment":"Directly on the call's priority."},
                           {"score":3,"comment":"Ambitious timeline."}],"comment":"Fund it."}"""));
        List<JsonObject> seenByWarsaw = objects(http.get(app + "/reviews", "reviewer.europe@demo.plenary"));
        assertEquals(1, seenByWarsaw.size(), "before submitting, a reviewer sees only their own review");
        ok(http.postJson(app + "/reviews/mine", "reviewer.europe@demo.plenary", """
                {"scores":[{"score":4,"comment":"Relevant."},{"score":4,"comment":"Feasible."}]}"""));
        assertEquals(3, objects(http.get(app + "/reviews", "reviewer.europe@demo.plenary")).size(),
                "after submitting, all reviews of the application are visible");
        assertEquals("AWAITING_DECISION", status(id));

        JsonObject ranking = Http.object(http.get("api/calls/" + call + "/ranking", SECRETARIAT));
        JsonObject ranked = ranking.getJsonArray("applications").getJsonObject(0);
        assertEquals(id, ranked.getJsonNumber("applicationId").longValue());
        assertEquals(0, new BigDecimal("4.100").compareTo(ranked.getJsonNumber("score").bigDecimalValue()),
                "mean of 5*0.6+3*0.4=4.2 and 4.0: " + ranked);

        // four eyes above the threshold (2,500)
        assertEquals("decision.amountAboveRequest", code(http.postJson(app + "/decision", SECRETARIAT,
                "{\"outcome\":\"APPROVE\",\"amount\":4500}")));
        ok(http.postJson(app + "/decision", SECRETARIAT, "{\"outcome\":\"APPROVE\",\"amount\":3500,\"reason\":\"Strong.\"}"));
        assertEquals("APPROVAL_PENDING", status(id));
        assertEquals("decision.secondApproverMustDiffer", code(http.postJson(app + "/decision/confirmation",
                SECRETARIAT, "{\"confirmed\":true}")));
        assertEquals(0, new BigDecimal("3500").compareTo(Http.object(http.get("api/calls/" + call + "/ranking",
                SECRETARIAT)).getJsonObject("envelope").getJsonNumber("committed").bigDecimalValue()));
        ok(http.postJson(app + "/decision/confirmation", FINANCE, "{\"confirmed\":true}"));
        assertEquals("APPROVED", status(id));

        // agreement: payment details sealed, masked, revealed only with an audit entry
        assertEquals(403, http.postJson(app + "/agreement", OTHER_APPLICANT, acceptance()).statusCode());
        ok(http.postJson(app + "/agreement", APPLICANT, acceptance()));
        JsonObject agreement = Http.object(http.get(app + "/agreement", APPLICANT));
        assertEquals("Equity Bank ••••7890", agreement.getString("paymentDetails"));
        assertEquals(403, http.send(app + "/agreement/payment-details", APPLICANT, null).statusCode());
        ok(http.send(app + "/agreement/countersignature", SECRETARIAT, null));
        assertEquals("ACTIVE", status(id));
        HttpResponse<String> revealed = http.send(app + "/agreement/payment-details", SECRETARIAT, null);
        ok(revealed);
        assertTrue(Http.object(revealed).getString("paymentDetails").contains("KE12 3456 7890"));

        // tranches: 70% released by the agreement, 30% waits for the interim report
        List<JsonObject> payments = objects(http.get(app + "/payments", APPLICANT));
        assertEquals(2, payments.size());
        assertEquals(0, new BigDecimal("2450").compareTo(payments.get(0).getJsonNumber("amountDue").bigDecimalValue()));
        assertEquals(0, new BigDecimal("1050").compareTo(payments.get(1).getJsonNumber("amountDue").bigDecimalValue()));
        long second = payments.get(1).getJsonNumber("id").longValue();
        assertEquals("payment.notReleased", code(http.postJson(app + "/payments/" + second, SECRETARIAT,
                paid("1050"))));
        long first = payments.get(0).getJsonNumber("id").longValue();
        assertEquals(403, http.postJson(app + "/payments/" + first, APPLICANT, paid("2450")).statusCode());
        ok(http.postJson(app + "/payments/" + first, SECRETARIAT, paid("2450")));
        assertEquals("payment.alreadyPaid", code(http.postJson(app + "/payments/" + first, SECRETARIAT, paid("2450"))));

        // the interim report (due date long past, so it opens now, due in two weeks) releases the second tranche
        List<JsonObject> reports = objects(http.get(app + "/reports", APPLICANT));
        assertEquals(2, reports.size());
        long interim = reports.get(0).getJsonNumber("id").longValue();
        HttpResponse<String> submitted = awaitOpen(app + "/reports/" + interim);
        ok(submitted);
        assertEquals("SUBMITTED", Http.object(submitted).getString("status"));
        ok(http.postJson(app + "/reports/" + interim + "/review", SECRETARIAT, "{\"accepted\":true}"));
        assertTrue(objects(http.get(app + "/payments", SECRETARIAT)).get(1).containsKey("releasedAt")
                && !objects(http.get(app + "/payments", SECRETARIAT)).get(1).isNull("releasedAt"));
        ok(http.postJson(app + "/payments/" + second, SECRETARIAT, paid("1050")));
        assertEquals(2, objects(http.get(app + "/payments", APPLICANT)).stream().filter(p -> !p.isNull("paidOn")).count());
    }

    @Test
    void fiftySimultaneousApprovalsWhereTenFitApproveExactlyTen() throws Exception {
        String callJson = CallFixtures.json("Envelope " + UUID.randomUUID(), Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600), "10000").replace("\"multipleApplicationsAllowed\":false",
                "\"multipleApplicationsAllowed\":true");
        long call = CallFixtures.open(http, callJson);
        long organisation = Http.object(http.get("api/me", APPLICANT)).getJsonNumber("organisationId").longValue();
        HttpResponse<String> created = http.send("api/it/grants/awaiting-decision?call=" + call + "&organisation="
                + organisation + "&count=50&amount=1000", SECRETARIAT, null);
        List<Long> ids = Http.array(created).stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
        assertEquals(50, ids.size(), created.body());

        Http session = new Http(base.toURI());
        assertEquals(302, session.signIn(SECRETARIAT, Http.DEMO_PASSWORD).statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (long id : ids) {
            answers.add(pool.submit(() -> {
                start.await();
                return session.client().send(HttpRequest.newBuilder(session.base().resolve("api/applications/" + id
                        + "/decision")).header("Content-Type", "application/json").header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"APPROVE\",\"amount\":1000}")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }));
        }
        start.countDown();
        int approved = 0;
        int refused = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() == 200) {
                approved++;
            } else {
                assertEquals(400, response.statusCode(), response.body());
                assertEquals("decision.envelopeExceeded", code(response));
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(10, approved);
        assertEquals(40, refused);
        JsonObject envelope = Http.object(http.get("api/calls/" + call + "/ranking", SECRETARIAT))
                .getJsonObject("envelope");
        assertEquals(0, new BigDecimal("10000").compareTo(envelope.getJsonNumber("committed").bigDecimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(envelope.getJsonNumber("left").bigDecimalValue()));
        long inDatabase = ids.stream().filter(id -> status(id).equals("APPROVED")).count();
        assertEquals(10, inDatabase);
    }

    @Test
    void terminationEndsAGrantAndReturnsItsUnpaidAmountToTheEnvelope() {
        String callJson = CallFixtures.json("Termination " + UUID.randomUUID(), Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600), "10000").replace("\"multipleApplicationsAllowed\":false",
                "\"multipleApplicationsAllowed\":true");
        long call = CallFixtures.open(http, callJson);
        long organisation = Http.object(http.get("api/me", APPLICANT)).getJsonNumber("organisationId").longValue();
        long id = Http.array(http.send("api/it/grants/awaiting-decision?call=" + call + "&organisation=" + organisation
                + "&count=1&amount=2000", SECRETARIAT, null)).getJsonNumber(0).longValue();
        ok(http.postJson("api/applications/" + id + "/decision", SECRETARIAT, "{\"outcome\":\"APPROVE\",\"amount\":2000}"));
        assertEquals("grant.terminationReasonRequired", code(http.postJson("api/applications/" + id
                + "/decision/termination", SECRETARIAT, "{}")));
        assertEquals(403, http.postJson("api/applications/" + id + "/decision/termination", APPLICANT,
                "{\"reason\":\"x\"}").statusCode());
        ok(http.postJson("api/applications/" + id + "/decision/termination", SECRETARIAT,
                "{\"reason\":\"The organisation dissolved.\"}"));
        assertEquals("TERMINATED", status(id));
        assertEquals(0, BigDecimal.ZERO.compareTo(Http.object(http.get("api/calls/" + call + "/ranking", SECRETARIAT))
                .getJsonObject("envelope").getJsonNumber("committed").bigDecimalValue()));
        assertEquals("agreement.notOffered", code(http.postJson("api/applications/" + id + "/agreement", APPLICANT,
                acceptance())), "nothing is left to do on a terminated grant");
    }

    private HttpResponse<String> awaitOpen(String reportPath) throws InterruptedException {
        String body = """
                {"narrative":"Ten paralegals trained; 42 people supported at police stations.","spending":[2100,300]}""";
        return Waits.until("the report opens", Duration.ofSeconds(60), () -> http.postJson(reportPath, APPLICANT, body),
                response -> response.statusCode() == 200 || !"report.notOpenYet".equals(code(response)));
    }

    private static String acceptance() {
        return """
                {"acceptsTerms":true,"paymentDetails":{"accountHolder":"Nairobi Harm Reduction Collective",
                 "bankName":"Equity Bank","accountNumber":"KE12 3456 7890","swiftCode":"EQBLKENA"}}""";
    }

    private static String paid(String amount) {
        return "{\"paidOn\":\"" + LocalDate.now() + "\",\"amount\":" + amount + ",\"reference\":\"TRX-" + amount + "\"}";
    }

    private long reviewerId(String name) {
        HttpResponse<String> users = http.get("api/users", "admin@demo.plenary");
        return Http.array(users).stream().map(JsonObject.class::cast).filter(u -> u.getString("fullName").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private String status(long id) {
        return Http.object(http.get("api/applications/" + id, SECRETARIAT)).getString("status");
    }

    private static List<JsonObject> objects(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.array(response).stream().map(JsonObject.class::cast).toList();
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }

    private static String code(HttpResponse<String> response) {
        return Http.object(response).getString("code");
    }
}
