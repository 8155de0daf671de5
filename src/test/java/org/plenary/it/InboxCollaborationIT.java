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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import java.nio.file.Files;
import java.time.Duration;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Working on tasks together in Payara on the demo network: the secretariat gives tasks to people (one at a
 * time, several at once, all of someone who is away), never to someone who may not see the case; a task is
 * delegated with a note and comes back resolved; follow-up dates and comments reach the next person.
 */
@ExtendWith(ArquillianExtension.class)
class InboxCollaborationIT {

    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String SECRETARIAT = CallFixtures.SECRETARIAT;
    /** The second secretariat officer of the demo network. */
    private static final String OFFICER = "finance@demo.plenary";
    private static final String REVIEWER = "reviewer@demo.plenary";
    private static final String ADMIN = "admin@demo.plenary";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlenaryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http;
    private TemporaryUsers users;

    @BeforeEach
    void client() throws URISyntaxException {
        base = PlenaryDeployment.contextOf(base);
        http = new Http(base.toURI());
        users = new TemporaryUsers(http);
    }

    @AfterEach
    void deactivateTemporaryUsers() {
        users.deactivateAll();
    }

    private long submittedApplication(String title) {
        return CallFixtures.submittedApplication(http, APPLICANT, title);
    }

    /** The one task of the case with that title in the user's view. */
    private JsonObject task(String user, String view, String title) {
        JsonObject page = inbox(user, view, title);
        assertEquals(1, page.getJsonNumber("total").longValue(), user + " " + view + ": " + page);
        return page.getJsonArray("items").getJsonObject(0);
    }

    private JsonObject inbox(String user, String view, String title) {
        HttpResponse<String> page = http.get("api/inbox?view=" + view + "&q="
                + URLEncoder.encode(title, StandardCharsets.UTF_8), user);
        assertEquals(200, page.statusCode(), page.body());
        return Http.object(page);
    }

    private Map<String, Long> userIds() {
        HttpResponse<String> users = http.get("api/users", ADMIN);
        assertEquals(200, users.statusCode(), users.body());
        return Http.array(users).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("email"), u -> u.getJsonNumber("id").longValue()));
    }

    private long id(String email) {
        return userIds().get(email);
    }

    /** A new active user with that role in that organisation; returns their id. */
    private long newUser(String role, long organisationId) {
        return users.create(role.toLowerCase() + "-" + UUID.randomUUID() + "@demo.plenary", "Temporary " + role,
                organisationId, "en", "UTC", role);
    }

    private long organisationOf(String user) {
        return Http.object(http.get("api/me", user)).getJsonNumber("organisationId").longValue();
    }

    private HttpResponse<String> assign(String taskId, String caller, long assignee) {
        return http.postJson("api/inbox/" + taskId + "/assign", caller, "{\"assignee\":" + assignee + "}");
    }

    private static String code(HttpResponse<String> response) {
        return Http.object(response).getString("code");
    }

    @Test
    void theSecretariatGivesATaskToAnOfficerAndNobodyElseMay() {
        String title = "Assign " + UUID.randomUUID();
        submittedApplication(title);
        String taskId = task(SECRETARIAT, "offered", title).getString("taskId");
        long officer = id(OFFICER);

        for (String other : List.of(REVIEWER, APPLICANT)) {
            assertEquals(403, assign(taskId, other, officer).statusCode(), other);
            assertEquals(403, http.postJson("api/inbox/bulk/assign", other,
                    "{\"taskIds\":[\"" + taskId + "\"],\"assignee\":" + officer + "}").statusCode(), other);
        }
        HttpResponse<String> reviewer = assign(taskId, SECRETARIAT, id(REVIEWER));
        assertEquals(400, reviewer.statusCode(), reviewer.body());
        assertEquals("inbox.assign.notCandidate", code(reviewer));
        assertTrue(Http.object(reviewer).getString("message").contains("Somchai"), reviewer.body());

        List<Long> pickable = Http.array(http.get("api/inbox/" + taskId + "/assignees", SECRETARIAT))
                .getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").longValue()).toList();
        assertTrue(pickable.contains(officer), pickable.toString());
        assertFalse(pickable.contains(id(REVIEWER)), pickable.toString());
        assertFalse(pickable.contains(id(APPLICANT)), pickable.toString());

        HttpResponse<String> assigned = assign(taskId, SECRETARIAT, officer);
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals(String.valueOf(officer), Http.object(assigned).getString("assignee"));
        assertEquals(taskId, task(OFFICER, "mine", title).getString("taskId"));
        assertEquals(0, inbox(SECRETARIAT, "offered", title).getJsonNumber("total").longValue());
    }

    @Test
    void aReviewTaskIsNeverGivenToSomeoneOfTheApplicantsOrganisation() {
        String title = "Reviewers " + UUID.randomUUID();
        long application = submittedApplication(title);
        String screeningOfOther = task(SECRETARIAT, "offered", submittedTitle()).getString("taskId");
        HttpResponse<String> eligible = http.postJson("api/applications/" + application + "/screening", SECRETARIAT,
                "{\"decision\":\"ELIGIBLE\"}");
        assertEquals(200, eligible.statusCode(), eligible.body());
        JsonObject waiting = task(SECRETARIAT, "offered", title);
        assertEquals("assignReviewers", waiting.getString("taskKey"));

        HttpResponse<String> bulk = http.postJson("api/inbox/bulk/assign-reviewers", SECRETARIAT,
                "{\"taskIds\":[\"" + waiting.getString("taskId") + "\",\"" + screeningOfOther + "\"]}");
        assertEquals(200, bulk.statusCode(), bulk.body());
        List<JsonObject> outcomes = Http.array(bulk).getValuesAs(JsonObject.class);
        assertTrue(outcomes.get(0).getBoolean("done"), bulk.body());
        assertFalse(outcomes.get(1).getBoolean("done"), bulk.body());
        assertEquals("inbox.bulk.notAssignReviewers", outcomes.get(1).getString("code"));
        assertFalse(outcomes.get(1).getString("reason").isBlank());

        String review = null;
        for (JsonObject user : Http.array(http.get("api/users", ADMIN)).getValuesAs(JsonObject.class)) {
            HttpResponse<String> page = user.getJsonArray("roles").toString().contains("REVIEWER")
                    && user.getString("email").endsWith("@demo.plenary")
                    ? http.get("api/inbox?view=mine&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8),
                            user.getString("email"))
                    : null;
            if (page != null && page.statusCode() == 200 && Http.object(page).getJsonNumber("total").longValue() == 1) {
                review = Http.object(page).getJsonArray("items").getJsonObject(0).getString("taskId");
            }
        }
        assertTrue(review != null, "the suggested reviewers have their review tasks");
        long sameOrganisation = newUser("REVIEWER", organisationOf(APPLICANT));
        HttpResponse<String> refused = assign(review, SECRETARIAT, sameOrganisation);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("inbox.assign.ownOrganisation", code(refused));
        HttpResponse<String> officer = assign(review, SECRETARIAT, id(OFFICER));
        assertEquals(400, officer.statusCode(), "an officer does not review");
        assertEquals("inbox.assign.notCandidate", code(officer));
    }

    private String submittedTitle() {
        String other = "Other " + UUID.randomUUID();
        submittedApplication(other);
        return other;
    }

    @Test
    void aDelegatedTaskComesBackResolvedWithTheNotesAsComments() {
        String title = "Delegate " + UUID.randomUUID();
        submittedApplication(title);
        String taskId = task(SECRETARIAT, "offered", title).getString("taskId");
        long owner = id(SECRETARIAT);
        long delegate = id(OFFICER);
        assertEquals(200, http.send("api/inbox/" + taskId + "/claim", SECRETARIAT, null).statusCode());

        HttpResponse<String> notTheirs = http.postJson("api/inbox/" + taskId + "/delegate", OFFICER,
                "{\"to\":" + owner + "}");
        assertEquals(404, notTheirs.statusCode(), "someone who does not see the task cannot delegate it");
        HttpResponse<String> toReviewer = http.postJson("api/inbox/" + taskId + "/delegate", SECRETARIAT,
                "{\"to\":" + id(REVIEWER) + ",\"note\":\"x\"}");
        assertEquals(400, toReviewer.statusCode(), toReviewer.body());
        assertEquals("inbox.assign.notCandidate", code(toReviewer));

        HttpResponse<String> delegated = http.postJson("api/inbox/" + taskId + "/delegate", SECRETARIAT,
                "{\"to\":" + delegate + ",\"note\":\"Please check the budget lines.\"}");
        assertEquals(200, delegated.statusCode(), delegated.body());
        JsonObject withDelegate = task(OFFICER, "mine", title);
        assertEquals("PENDING", withDelegate.getString("delegationState"));
        assertEquals(String.valueOf(owner), withDelegate.getString("owner"));
        assertEquals(0, inbox(SECRETARIAT, "mine", title).getJsonNumber("total").longValue());
        assertEquals(200, http.get("api/inbox/" + taskId, SECRETARIAT).statusCode(), "the owner still sees it");
        HttpResponse<String> delegateGivesBack = http.send("api/inbox/" + taskId + "/unclaim", OFFICER, null);
        assertEquals(400, delegateGivesBack.statusCode(), delegateGivesBack.body());
        assertEquals("inbox.resolveFirst", code(delegateGivesBack));
        HttpResponse<String> ownerResolves = http.postJson("api/inbox/" + taskId + "/resolve", SECRETARIAT, "{}");
        assertEquals(400, ownerResolves.statusCode());
        assertEquals("inbox.resolve.notDelegate", code(ownerResolves));

        HttpResponse<String> resolved = http.postJson("api/inbox/" + taskId + "/resolve", OFFICER,
                "{\"note\":\"Budget is fine.\"}");
        assertEquals(200, resolved.statusCode(), resolved.body());
        JsonObject back = task(SECRETARIAT, "mine", title);
        assertEquals("RESOLVED", back.getString("delegationState"));
        assertEquals(String.valueOf(owner), back.getString("assignee"));
        assertEquals(0, inbox(OFFICER, "mine", title).getJsonNumber("total").longValue());

        List<JsonObject> comments = Http.array(http.get("api/inbox/" + taskId + "/comments", SECRETARIAT))
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("Please check the budget lines.", "Budget is fine."),
                comments.stream().map(c -> c.getString("text")).toList());
        assertEquals("Kofi Mensah", comments.get(1).getString("authorName"));
        assertTrue(Http.object(http.get("api/audit/chain", "auditor@demo.plenary")).getBoolean("intact"));
    }

    @Test
    void aFollowUpDateAndCommentsReachTheNextPerson() {
        String title = "Follow-up " + UUID.randomUUID();
        submittedApplication(title);
        String taskId = task(SECRETARIAT, "offered", title).getString("taskId");
        LocalDate followUp = LocalDate.now(ZoneOffset.UTC).plusDays(10);

        HttpResponse<String> set = http.putJson("api/inbox/" + taskId + "/follow-up", SECRETARIAT, "0",
                "{\"date\":\"" + followUp + "\"}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(followUp.toString(), task(SECRETARIAT, "offered", title).getString("followUpOn"));
        HttpResponse<String> past = http.putJson("api/inbox/" + taskId + "/follow-up", SECRETARIAT, "0",
                "{\"date\":\"2020-01-01\"}");
        assertEquals(400, past.statusCode());
        assertEquals("inbox.followUpPast", code(past));

        String text = "<b>Call them</b> before Friday & ask for the venue's quote.";
        HttpResponse<String> added = http.postJson("api/inbox/" + taskId + "/comments", SECRETARIAT,
                "{\"text\":\"" + text.replace("\"", "\\\"") + "\"}");
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(404, http.get("api/inbox/" + taskId + "/comments", REVIEWER).statusCode());
        assertEquals(404, http.postJson("api/inbox/" + taskId + "/comments", REVIEWER, "{\"text\":\"hi\"}").statusCode());
        HttpResponse<String> tooLong = http.postJson("api/inbox/" + taskId + "/comments", SECRETARIAT,
                "{\"text\":\"" + "x".repeat(2001) + "\"}");
        assertEquals(400, tooLong.statusCode());
        assertEquals("inbox.noteTooLong", code(tooLong));

        assertEquals(200, assign(taskId, SECRETARIAT, id(OFFICER)).statusCode());
        JsonArray seen = Http.array(http.get("api/inbox/" + taskId + "/comments", OFFICER));
        assertEquals(1, seen.size());
        assertEquals(text, seen.getJsonObject(0).getString("text"));
        assertEquals("Claire Dubois", seen.getJsonObject(0).getString("authorName"));
        assertEquals(followUp.toString(), task(OFFICER, "mine", title).getString("followUpOn"), "kept across hands");

        HttpResponse<String> cleared = http.putJson("api/inbox/" + taskId + "/follow-up", OFFICER, "0",
                "{\"date\":null}");
        assertEquals(200, cleared.statusCode(), cleared.body());
        JsonObject withoutFollowUp = task(OFFICER, "mine", title);
        assertTrue(!withoutFollowUp.containsKey("followUpOn") || withoutFollowUp.isNull("followUpOn"),
                withoutFollowUp.toString());
    }

    @Test
    void bulkAssignmentReportsEachTaskAndOneRefusalUndoesNothing() {
        String title = "Bulk " + UUID.randomUUID();
        submittedApplication(title + " one");
        long asked = submittedApplication(title + " two");
        HttpResponse<String> question = http.postJson("api/applications/" + asked + "/screening", SECRETARIAT,
                "{\"decision\":\"CLARIFY\",\"note\":\"Which officials will you meet?\",\"answerWithinDays\":5}");
        assertEquals(200, question.statusCode(), question.body());
        String screening = task(SECRETARIAT, "offered", title + " one").getString("taskId");
        String clarification = task(APPLICANT, "offered", title + " two").getString("taskId");

        HttpResponse<String> bulk = http.postJson("api/inbox/bulk/assign", SECRETARIAT,
                "{\"taskIds\":[\"" + screening + "\",\"" + clarification + "\"],\"assignee\":" + id(OFFICER) + "}");
        assertEquals(200, bulk.statusCode(), bulk.body());
        List<JsonObject> outcomes = Http.array(bulk).getValuesAs(JsonObject.class);
        assertEquals(2, outcomes.size());
        assertEquals(screening, outcomes.get(0).getString("taskId"));
        assertTrue(outcomes.get(0).getBoolean("done"));
        assertEquals(clarification, outcomes.get(1).getString("taskId"));
        assertFalse(outcomes.get(1).getBoolean("done"));
        assertEquals("inbox.assign.notCandidate", outcomes.get(1).getString("code"));
        assertTrue(outcomes.get(1).getString("reason").contains("Kofi"), bulk.body());

        assertEquals(screening, task(OFFICER, "mine", title + " one").getString("taskId"));
        assertEquals(clarification, task(APPLICANT, "offered", title + " two").getString("taskId"),
                "the applicant's question is still theirs");
    }

    @Test
    void theInboxKeepsItsFiltersAndShowsCommentsAsWritten() throws Exception {
        String title = "Screen " + UUID.randomUUID();
        submittedApplication(title);
        submittedApplication("Unfiltered " + UUID.randomUUID()); // so that one row means the search was applied
        WebDriver browser = Browser.start(Files.createTempDirectory("plenary-chromium"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("login:email")).sendKeys(OFFICER);
            browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-secretariat")));
            browser.findElement(By.id("menu-inbox")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:tasks")));
            browser.findElement(By.id("inbox:search")).sendKeys(title);
            By row = By.xpath("//tr[td[contains(., '" + title + "')]]");
            By rows = By.xpath("//tbody[@id='inbox:tasks_data']/tr");
            wait.until(ExpectedConditions.numberOfElementsToBe(rows, 1));
            wait.until(ExpectedConditions.numberOfElementsToBe(row, 1));

            browser.get(base + "secretariat/index.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-secretariat")));
            browser.findElement(By.id("menu-inbox")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:tasks")));
            assertEquals(title, browser.findElement(By.id("inbox:search")).getAttribute("value"), "the search is kept");
            assertEquals(1, browser.findElements(rows).size(), "and so is the list it found");
            assertEquals(1, browser.findElements(row).size());

            browser.findElement(row).findElement(By.xpath(".//button[contains(@id, ':comments')]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actions:newComment")));
            String text = "<i>Ring the venue</i> & confirm";
            browser.findElement(By.id("actions:newComment")).sendKeys(text);
            browser.findElement(By.id("actions:addComment")).click();
            By comment = By.cssSelector("#actions\\:commentsPanel .task-comment");
            wait.until(ExpectedConditions.numberOfElementsToBe(comment, 1));
            assertTrue(browser.findElement(comment).getText().contains(text), "shown as written, not as markup: "
                    + browser.findElement(comment).getText());
            Browser.screenshot(browser, "inbox-comments");
        } finally {
            browser.quit();
        }
        String taskId = task(OFFICER, "offered", title).getString("taskId");
        JsonArray comments = Http.array(http.get("api/inbox/" + taskId + "/comments", SECRETARIAT));
        assertEquals("<i>Ring the venue</i> & confirm", comments.getJsonObject(0).getString("text"));

        Http reviewer = new Http(base.toURI());
        reviewer.signIn(REVIEWER, Http.DEMO_PASSWORD);
        HttpResponse<String> reviewersInbox = reviewer.get("reviewer/inbox.xhtml", null);
        assertEquals(200, reviewersInbox.statusCode());
        assertTrue(reviewersInbox.body().contains("inbox:tasks"), "a reviewer's inbox has no secretariat tools");
        assertFalse(reviewersInbox.body().contains("inbox:assignSelected"));
    }

    @Test
    void everyTaskOfSomeoneWhoIsAwayGoesToAColleague() {
        long away = newUser("SECRETARIAT", organisationOf(SECRETARIAT));
        String title = "Away " + UUID.randomUUID();
        submittedApplication(title + " one");
        submittedApplication(title + " two");
        for (String part : List.of(" one", " two")) {
            String taskId = task(SECRETARIAT, "offered", title + part).getString("taskId");
            assertEquals(200, assign(taskId, SECRETARIAT, away).statusCode());
        }
        assertEquals(403, http.postJson("api/inbox/bulk/reassign", REVIEWER,
                "{\"from\":" + away + ",\"to\":" + id(OFFICER) + "}").statusCode());

        HttpResponse<String> moved = http.postJson("api/inbox/bulk/reassign", SECRETARIAT,
                "{\"from\":" + away + ",\"to\":" + id(OFFICER) + "}");
        assertEquals(200, moved.statusCode(), moved.body());
        List<JsonObject> outcomes = Http.array(moved).getValuesAs(JsonObject.class);
        assertEquals(2, outcomes.size(), moved.body());
        assertTrue(outcomes.stream().allMatch(o -> o.getBoolean("done")), moved.body());
        assertEquals(2, inbox(OFFICER, "mine", title).getJsonNumber("total").longValue());
        HttpResponse<String> again = http.postJson("api/inbox/bulk/reassign", SECRETARIAT,
                "{\"from\":" + away + ",\"to\":" + id(OFFICER) + "}");
        assertEquals(0, Http.array(again).size(), "nothing left with the person who is away");
    }
}
