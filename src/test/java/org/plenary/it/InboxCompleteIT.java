package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * Completing tasks from the inbox's REST view (POST /api/inbox/{id}/complete) on the demo network: the
 * secretariat screens and assigns reviewers, a reviewer declares and scores, each time landing on the
 * next task; nobody else may complete them; a bad form changes nothing. Several people completing one
 * task at the same moment, through the inbox or the grants endpoint, get one success and clear 409s,
 * and the case moves on once.
 */
@ExtendWith(ArquillianExtension.class)
class InboxCompleteIT {

    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String SECRETARIAT = CallFixtures.SECRETARIAT;
    private static final String FINANCE = "finance@demo.plenary";
    private static final String REVIEWER = "reviewer@demo.plenary";
    private static final String OTHER_REVIEWER = "reviewer.europe@demo.plenary";
    private static final Set<String> LOST_RACE = Set.of("inbox.taskGone", "inbox.taskTaken", "grant.stepDone",
            "error.concurrentChange");

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
    void theSecretariatAndAReviewerWorkACaseFromTheInboxLandingOnTheNextTask() {
        String title = "Inbox complete " + UUID.randomUUID();
        long id = submittedApplication(title);
        JsonObject screening = only(SECRETARIAT, "view=offered&" + q(title));
        String screeningId = screening.getString("taskId");
        assertEquals("screenEligibility", screening.getString("taskKey"));

        for (String stranger : List.of(REVIEWER, APPLICANT)) {
            assertEquals(404, complete(stranger, screeningId, "{\"decision\":\"ELIGIBLE\"}").statusCode(), stranger);
        }
        HttpResponse<String> unreadable = complete(SECRETARIAT, screeningId, "{\"decision\":\"MAYBE\"}");
        assertEquals(400, unreadable.statusCode(), unreadable.body());
        assertEquals("inbox.formInvalid", code(unreadable));
        HttpResponse<String> incomplete = complete(SECRETARIAT, screeningId, "{\"decision\":\"INELIGIBLE\"}");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertEquals("screening.reasonRequired", code(incomplete), "the grants service's own rule");
        assertFalse(Http.object(incomplete).getString("message").isBlank());
        assertEquals(screeningId, only(SECRETARIAT, "view=offered&" + q(title)).getString("taskId"),
                "a refused form changes nothing: the task is still offered, not taken");

        JsonObject screened = ok(complete(SECRETARIAT, screeningId, "{\"decision\":\"ELIGIBLE\"}"));
        assertEquals(screeningId, screened.getString("completedTaskId"));
        JsonObject assignment = only(SECRETARIAT, "view=offered&" + q(title));
        assertEquals("assignReviewers", assignment.getString("taskKey"), "the process moved on");
        assertEquals(assignment.getString("taskId"), screened.getString("nextTaskId"), "the next task of the same case");
        assertEquals(1, probe("audit-count?action=grants.application.screened&object=" + id));

        ok(complete(SECRETARIAT, assignment.getString("taskId"), "{\"reviewerIds\":[" + reviewerId("Somchai Rattanakorn")
                + "," + reviewerId("Tomasz Nowak") + "],\"dueInDays\":10}"));
        assertEquals(0, inbox(SECRETARIAT, q(title)).getJsonNumber("total").longValue());

        JsonObject declaration = only(REVIEWER, "view=mine&" + q(title));
        assertEquals("declareInterests", declaration.getString("taskKey"));
        HttpResponse<String> givenBack = http.postJson("api/inbox/" + declaration.getString("taskId") + "/unclaim",
                REVIEWER, "{}");
        assertEquals(400, givenBack.statusCode(), givenBack.body());
        assertEquals("inbox.nobodyToGiveBackTo", code(givenBack), "a review given by name is offered to nobody else");
        assertEquals(declaration.getString("taskId"), only(REVIEWER, "view=mine&" + q(title)).getString("taskId"),
                "and stays the reviewer's");
        assertEquals(404, complete(OTHER_REVIEWER, declaration.getString("taskId"), "{\"conflict\":false}")
                .statusCode(), "another reviewer's task");
        assertEquals(404, complete(SECRETARIAT, declaration.getString("taskId"), "{\"conflict\":false}")
                .statusCode(), "a reviewer's own task is nobody else's");
        JsonObject declared = ok(complete(REVIEWER, declaration.getString("taskId"), "{\"conflict\":false}"));
        JsonObject scoring = only(REVIEWER, "view=mine&" + q(title));
        assertEquals("scoreApplication", scoring.getString("taskKey"));
        assertEquals(scoring.getString("taskId"), declared.getString("nextTaskId"));
        HttpResponse<String> noScores = complete(REVIEWER, scoring.getString("taskId"), "{\"comment\":\"Fund it.\"}");
        assertEquals(400, noScores.statusCode(), noScores.body());
        assertEquals("review.scoreEveryCriterion", code(noScores));
        ok(complete(REVIEWER, scoring.getString("taskId"), """
                {"scores":[{"score":5,"comment":"On the call's priority."},{"score":4,"comment":"Feasible."}],
                 "comment":"Fund it."}"""));
        assertEquals(0, inbox(REVIEWER, q(title)).getJsonNumber("total").longValue());
        assertTrue(Http.array(http.get("api/applications/" + id + "/reviews", REVIEWER)).stream()
                .map(JsonObject.class::cast).anyMatch(r -> "SUBMITTED".equals(r.getString("status"))));
        assertEquals(409, complete(REVIEWER, scoring.getString("taskId"), "{\"scores\":[]}").statusCode(),
                "a task completed already is a clear 409 for the one who had it");
    }

    @Test
    void aScoringTaskGivenToAnotherReviewerMovesTheReviewToThemAndTheyScoreIt() {
        String title = "Inbox reassigned review " + UUID.randomUUID();
        long id = submittedApplication(title);
        ok(http.postJson("api/applications/" + id + "/screening", SECRETARIAT, "{\"decision\":\"ELIGIBLE\"}"));
        long somchai = reviewerId("Somchai Rattanakorn");
        long tomasz = reviewerId("Tomasz Nowak");
        long grace = reviewerId("Grace Mwangi");
        HttpResponse<String> assigned = http.postJson("api/applications/" + id + "/reviews", SECRETARIAT,
                "{\"reviewerIds\":[" + somchai + "," + tomasz + "],\"dueInDays\":10}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        ok(http.postJson("api/applications/" + id + "/reviews/mine/declaration", REVIEWER, "{\"conflict\":false}"));
        JsonObject scoring = only(REVIEWER, "view=mine&" + q(title));
        assertEquals("scoreApplication", scoring.getString("taskKey"));
        String taskId = scoring.getString("taskId");
        long reviewId = reviewOf(id, somchai).getJsonNumber("id").longValue();

        // refused, nothing changed: someone who already reviews this application; a delegation of a review
        HttpResponse<String> twice = assign(taskId, tomasz);
        assertEquals(400, twice.statusCode(), twice.body());
        assertEquals("review.alreadyReviewing", code(twice));
        assertTrue(Http.object(twice).getString("message").contains("Tomasz Nowak"), twice.body());
        HttpResponse<String> delegated = http.postJson("api/inbox/" + taskId + "/delegate", REVIEWER,
                "{\"to\":" + grace + "}");
        assertEquals(400, delegated.statusCode(), delegated.body());
        assertEquals("review.notDelegable", code(delegated));
        assertEquals(taskId, only(REVIEWER, "view=mine&" + q(title)).getString("taskId"), "still Somchai's task");
        assertEquals("SCORING", reviewOf(id, somchai).getString("status"), "still Somchai's review");
        assertEquals(0, probe("audit-count?action=grants.review.reassigned&object=" + reviewId));

        // given to Grace: the review goes with the task, in the same step
        JsonObject moved = ok(assign(taskId, grace));
        assertEquals(String.valueOf(grace), moved.getString("assignee"));
        assertEquals(0, inbox(REVIEWER, q(title)).getJsonNumber("total").longValue());
        assertEquals(403, http.get("api/applications/" + id, REVIEWER).statusCode(),
                "the former reviewer no longer reads the application");
        JsonObject graces = reviewOf(id, grace);
        assertEquals(reviewId, graces.getJsonNumber("id").longValue(), "the same review, now Grace's");
        assertEquals("SCORING", graces.getString("status"));
        assertTrue(Http.array(http.get("api/applications/" + id + "/reviews", SECRETARIAT)).stream()
                .map(JsonObject.class::cast).noneMatch(r -> r.getJsonNumber("reviewerId").longValue() == somchai));
        assertEquals(1, probe("audit-count?action=grants.review.reassigned&object=" + reviewId), "audited");

        String africa = "reviewer.africa@demo.plenary";
        assertEquals(taskId, only(africa, "view=mine&" + q(title)).getString("taskId"));
        ok(complete(africa, taskId, """
                {"scores":[{"score":4,"comment":"Close to the call's priority."},{"score":3,"comment":"Tight budget."}],
                 "comment":"Fund it with care."}"""));
        JsonObject submitted = reviewOf(id, grace);
        assertEquals("SUBMITTED", submitted.getString("status"), "scored by Grace and recorded as hers");
        assertEquals("Grace Mwangi", submitted.getString("reviewerName"));
        assertEquals(0, inbox(africa, q(title)).getJsonNumber("total").longValue());
    }

    private JsonObject reviewOf(long applicationId, long reviewerId) {
        return Http.array(http.get("api/applications/" + applicationId + "/reviews", SECRETARIAT)).stream()
                .map(JsonObject.class::cast).filter(r -> r.getJsonNumber("reviewerId").longValue() == reviewerId)
                .findFirst().orElseThrow(() -> new AssertionError("no review of " + reviewerId));
    }

    private HttpResponse<String> assign(String taskId, long assignee) {
        return http.postJson("api/inbox/" + taskId + "/assign", SECRETARIAT, "{\"assignee\":" + assignee + "}");
    }

    @Test
    void clarificationDecisionFourEyesAgreementAndPaymentAreCompletedFromTheInbox() {
        String title = "Inbox question " + UUID.randomUUID();
        submittedApplication(title);
        ok(complete(SECRETARIAT, only(SECRETARIAT, q(title)).getString("taskId"),
                "{\"decision\":\"CLARIFY\",\"note\":\"Which officials will you meet?\",\"answerWithinDays\":5}"));
        JsonObject question = only(APPLICANT, q(title));
        assertEquals("answerClarification", question.getString("taskKey"));
        ok(complete(APPLICANT, question.getString("taskId"), "{\"answer\":\"The city's health officials.\"}"));
        assertEquals("screenEligibility", only(SECRETARIAT, q(title)).getString("taskKey"), "back to screening");

        String callJson = CallFixtures.json("Inbox decisions " + UUID.randomUUID(), Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600), "10000").replace("\"multipleApplicationsAllowed\":false",
                "\"multipleApplicationsAllowed\":true");
        long call = CallFixtures.open(http, callJson);
        long organisation = Http.object(http.get("api/me", APPLICANT)).getJsonNumber("organisationId").longValue();
        long id = Http.array(http.send("api/it/grants/awaiting-decision?call=" + call + "&organisation=" + organisation
                + "&count=1&amount=3000", SECRETARIAT, null)).getJsonNumber(0).longValue();
        String inCall = "call=" + call;

        JsonObject decision = only(SECRETARIAT, inCall);
        assertEquals("decide", decision.getString("taskKey"));
        JsonObject decided = ok(complete(SECRETARIAT, decision.getString("taskId"),
                "{\"outcome\":\"APPROVE\",\"amount\":3000,\"reason\":\"Strong.\"}"));
        JsonObject confirmation = only(SECRETARIAT, inCall);
        assertEquals("confirmApproval", confirmation.getString("taskKey"));
        assertEquals(confirmation.getString("taskId"), decided.getString("nextTaskId"));
        HttpResponse<String> sameApprover = complete(SECRETARIAT, confirmation.getString("taskId"), "{\"confirmed\":true}");
        assertEquals(400, sameApprover.statusCode(), sameApprover.body());
        assertEquals("decision.secondApproverMustDiffer", code(sameApprover), "four eyes hold through the inbox");
        ok(complete(FINANCE, confirmation.getString("taskId"), "{\"confirmed\":true}"));

        JsonObject acceptance = only(APPLICANT, inCall);
        assertEquals("acceptAgreement", acceptance.getString("taskKey"));
        assertEquals(404, complete("applicant.eurasia@demo.plenary", acceptance.getString("taskId"), "{}").statusCode(),
                "another organisation's task");
        ok(complete(APPLICANT, acceptance.getString("taskId"), """
                {"acceptsTerms":true,"paymentDetails":{"accountHolder":"Nairobi Harm Reduction Collective",
                 "bankName":"Equity Bank","accountNumber":"KE12 3456 7890","swiftCode":"EQBLKENA"}}"""));
        JsonObject countersignature = only(SECRETARIAT, inCall);
        assertEquals("countersignAgreement", countersignature.getString("taskKey"));
        ok(complete(SECRETARIAT, countersignature.getString("taskId"), "{}"));
        assertEquals("ACTIVE", Http.object(http.get("api/applications/" + id, SECRETARIAT)).getString("status"));

        JsonObject payment = only(SECRETARIAT, inCall);
        assertEquals("payTranche", payment.getString("taskKey"));
        ok(complete(SECRETARIAT, payment.getString("taskId"), "{\"paidOn\":\"" + LocalDate.now()
                + "\",\"amount\":2100,\"reference\":\"TRX-INBOX\"}"));
        JsonObject first = Http.array(http.get("api/applications/" + id + "/payments", SECRETARIAT)).getJsonObject(0);
        assertEquals("TRX-INBOX", first.getString("reference"), "the task's own tranche was recorded: " + first);
        assertEquals(0, inbox(SECRETARIAT, inCall).getJsonNumber("total").longValue(),
                "the second tranche waits for the interim report");
    }

    @Test
    void threeOfficersCompletingOneTaskAtOnceGetOneSuccessAndTheCaseMovesOnOnce() throws Exception {
        String title = "Inbox complete race " + UUID.randomUUID();
        long id = submittedApplication(title);
        String taskId = only(SECRETARIAT, "view=offered&" + q(title)).getString("taskId");
        String eligible = "{\"decision\":\"ELIGIBLE\"}";
        List<HttpResponse<String>> answers = race(
                () -> fresh().postJson("api/inbox/" + taskId + "/complete", SECRETARIAT, eligible),
                () -> fresh().postJson("api/inbox/" + taskId + "/complete", FINANCE, eligible),
                () -> fresh().postJson("api/inbox/" + taskId + "/complete", SECRETARIAT, eligible));
        oneWinner(answers);
        movedOnOnce(id, title);
    }

    @Test
    void theInboxAndTheGrantsEndpointCompletingOneTaskAtOnceGetOneSuccess() throws Exception {
        for (int round = 0; round < 3; round++) {
            String title = "Inbox and screening race " + round + " " + UUID.randomUUID();
            long id = submittedApplication(title);
            String taskId = only(SECRETARIAT, "view=offered&" + q(title)).getString("taskId");
            List<HttpResponse<String>> answers = race(
                    () -> fresh().postJson("api/inbox/" + taskId + "/complete", SECRETARIAT, "{\"decision\":\"ELIGIBLE\"}"),
                    () -> fresh().postJson("api/applications/" + id + "/screening", FINANCE,
                            "{\"decision\":\"ELIGIBLE\"}"));
            oneWinner(answers);
            movedOnOnce(id, title);
        }
        HttpResponse<String> late = http.postJson("api/applications/" + submittedAndScreened() + "/screening", FINANCE,
                "{\"decision\":\"ELIGIBLE\"}");
        assertEquals(409, late.statusCode(), "a screening done already is a lost race, also later: " + late.body());
        assertEquals("grant.stepDone", code(late));
        assertTrue(Http.object(http.get("api/audit/chain", "auditor@demo.plenary")).getBoolean("intact"));
    }

    private long submittedAndScreened() {
        long id = submittedApplication("Inbox screened " + UUID.randomUUID());
        ok(http.postJson("api/applications/" + id + "/screening", SECRETARIAT, "{\"decision\":\"ELIGIBLE\"}"));
        return id;
    }

    @SafeVarargs
    private List<HttpResponse<String>> race(Callable<HttpResponse<String>>... requests) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<HttpResponse<String>>> running = new ArrayList<>();
            for (Callable<HttpResponse<String>> request : requests) {
                running.add(pool.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : running) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void oneWinner(List<HttpResponse<String>> answers) {
        List<String> seen = answers.stream().map(a -> a.statusCode() + " " + a.body()).toList();
        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 200).count(), "exactly one wins: " + seen);
        for (HttpResponse<String> lost : answers.stream().filter(a -> a.statusCode() != 200).toList()) {
            assertEquals(409, lost.statusCode(), "the others are told: " + seen);
            assertTrue(LOST_RACE.contains(code(lost)), lost.body());
            assertFalse(Http.object(lost).getString("message").isBlank(), lost.body());
        }
    }

    private void movedOnOnce(long id, String title) {
        JsonObject page = inbox(SECRETARIAT, q(title));
        assertEquals(1, page.getJsonNumber("total").longValue(), page.toString());
        assertEquals("assignReviewers", page.getJsonArray("items").getJsonObject(0).getString("taskKey"));
        assertEquals(1, probe("completions?businessKey=application-" + id + "&taskKey=screenEligibility"),
                "completed once");
        assertEquals(1, probe("audit-count?action=grants.application.screened&object=" + id), "audited once");
    }

    /** Submits an application with that title to a new call; returns its id. */
    private long submittedApplication(String title) {
        return CallFixtures.submittedApplication(http, APPLICANT, title);
    }

    private HttpResponse<String> complete(String user, String taskId, String form) {
        return http.postJson("api/inbox/" + taskId + "/complete", user, form);
    }

    private JsonObject inbox(String user, String query) {
        return ok(http.get("api/inbox?" + query, user));
    }

    private JsonObject only(String user, String query) {
        JsonObject page = inbox(user, query);
        assertEquals(1, page.getJsonNumber("total").longValue(), page.toString());
        return page.getJsonArray("items").getJsonObject(0);
    }

    private long probe(String path) {
        HttpResponse<String> answer = http.get("api/it/inbox-complete/" + path, SECRETARIAT);
        assertEquals(200, answer.statusCode(), answer.body());
        return Long.parseLong(answer.body().trim());
    }

    private long reviewerId(String name) {
        return Http.array(http.get("api/users", "admin@demo.plenary")).stream().map(JsonObject.class::cast)
                .filter(u -> u.getString("fullName").equals(name)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
    }

    private Http fresh() throws URISyntaxException {
        return new Http(base.toURI());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }

    private static String code(HttpResponse<String> response) {
        return Http.object(response).getString("code");
    }
}
