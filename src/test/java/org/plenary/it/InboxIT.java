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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.plenary.platform.web.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The task inbox in Payara on the demo network: a submitted application's screening task reaches the
 * secretariat's inbox in the same transaction as the submission, with its case facts; nobody else sees it;
 * two officers claiming it at the same moment get one success and one clear message.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String OTHER_APPLICANT = "applicant.eurasia@demo.plenary";
    private static final String SECRETARIAT = CallFixtures.SECRETARIAT;
    private static final String REVIEWER = "reviewer@demo.plenary";

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

    private long submittedApplication(String title) {
        return CallFixtures.submittedApplication(http, APPLICANT, title);
    }

    private JsonObject inbox(String user, String query) {
        HttpResponse<String> page = http.get("api/inbox?" + query, user);
        assertEquals(200, page.statusCode(), page.body());
        return Http.object(page);
    }

    /** The secretariat's demo officer reads Plenary in French. */
    private static String text(String key, Object... arguments) {
        return Messages.text(Locale.FRENCH, key, arguments);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theSecretariatSeesTheScreeningTaskWithItsCaseAndNobodyElseDoes() {
        String title = "Inbox outreach " + UUID.randomUUID();
        long id = submittedApplication(title);

        JsonObject page = inbox(SECRETARIAT, "view=offered&kind=grant&region=africa&" + q(title));
        assertEquals(1, page.getJsonNumber("total").longValue(), page.toString());
        JsonObject task = page.getJsonArray("items").getJsonObject(0);
        assertEquals("screenEligibility", task.getString("taskKey"));
        assertEquals("grants/screening", task.getString("formKey"));
        assertEquals("application-" + id, task.getString("businessKey"));
        assertEquals(title, task.getString("caseTitle"));
        assertEquals("Nairobi Harm Reduction Collective", task.getString("organisationName"));
        assertEquals(0, inbox(SECRETARIAT, "view=offered&region=asia&" + q(title)).getJsonNumber("total").longValue());
        assertTrue(Http.object(http.get("api/inbox/counts", SECRETARIAT)).getJsonNumber("OFFERED").longValue() >= 1);

        String taskId = task.getString("taskId");
        assertEquals("Screen eligibility", task.getString("name"), "the step's name in the reader's language");
        HttpResponse<String> history = http.get("api/inbox/" + taskId + "/history", SECRETARIAT);
        assertEquals(200, history.statusCode(), history.body());
        JsonObject open = Http.array(history).getJsonObject(0);
        assertEquals("OPEN", open.getString("kind"), history.body());
        assertEquals("Screen eligibility", open.getString("step"), history.body());
        for (String other : List.of(REVIEWER, APPLICANT, OTHER_APPLICANT)) {
            assertEquals(0, inbox(other, "view=offered&" + q(title)).getJsonNumber("total").longValue(), other);
            assertEquals(404, http.get("api/inbox/" + taskId, other).statusCode(), other);
            assertEquals(404, http.get("api/inbox/" + taskId + "/history", other).statusCode(), other);
            assertEquals(404, http.send("api/inbox/" + taskId + "/claim", other, null).statusCode(), other);
        }
        HttpResponse<String> badFilter = http.get("api/inbox?due=yesterday", SECRETARIAT);
        assertEquals(400, badFilter.statusCode());
        assertEquals("inbox.filterInvalid", Http.object(badFilter).getString("code"));
    }

    @Test
    void twoOfficersClaimingOneTaskAtOnceGetOneSuccessAndOneClearMessage() throws Exception {
        String second = "officer-" + UUID.randomUUID() + "@demo.plenary";
        long secretariatOrganisation = Http.object(http.get("api/me", SECRETARIAT)).getJsonNumber("organisationId")
                .longValue();
        HttpResponse<String> created = http.postJson("api/users", "admin@demo.plenary", """
                {"email":"%s","fullName":"Second Officer","organisationId":%d,"preferredLanguage":"en",
                 "timeZone":"UTC","roles":["SECRETARIAT"],"active":true,"password":"%s"}"""
                .formatted(second, secretariatOrganisation, Http.DEMO_PASSWORD));
        assertTrue(created.statusCode() == 200 || created.statusCode() == 201, created.body());
        String title = "Inbox race " + UUID.randomUUID();
        submittedApplication(title);
        String taskId = inbox(second, q(title)).getJsonArray("items").getJsonObject(0).getString("taskId");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> claims = new ArrayList<>();
        try {
            for (String officer : List.of(SECRETARIAT, second)) {
                claims.add(pool.submit(() -> {
                    go.await();
                    return new Http(base.toURI()).send("api/inbox/" + taskId + "/claim", officer, null);
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> claim : claims) {
                answers.add(claim.get());
            }
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one claim wins: " + statuses);
            HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() != 200).findFirst().orElseThrow();
            assertEquals(409, lost.statusCode(), lost.body());
            assertEquals("inbox.taskTaken", Http.object(lost).getString("code"));
            assertFalse(Http.object(lost).getString("message").isBlank());

            String winner = answers.get(0).statusCode() == 200 ? SECRETARIAT : second;
            String loser = winner.equals(SECRETARIAT) ? second : SECRETARIAT;
            assertEquals(1, inbox(winner, "view=mine&" + q(title)).getJsonNumber("total").longValue());
            assertEquals(0, inbox(loser, "view=offered&" + q(title)).getJsonNumber("total").longValue());
            assertEquals(409, http.send("api/inbox/" + taskId + "/claim", loser, null).statusCode(),
                    "a later claim gets the same clear message");
            HttpResponse<String> notYours = http.send("api/inbox/" + taskId + "/unclaim", loser, null);
            assertEquals(404, notYours.statusCode(), "the loser no longer sees the task");

            assertEquals(200, http.send("api/inbox/" + taskId + "/unclaim", winner, null).statusCode());
            assertEquals(1, inbox(loser, "view=offered&" + q(title)).getJsonNumber("total").longValue(),
                    "given back, it is offered again");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Http.object(http.get("api/audit/chain", "auditor@demo.plenary")).getBoolean("intact"));
    }

    @Test
    void aClarificationQuestionReachesOnlyTheApplicantsOrganisation() {
        String title = "Inbox question " + UUID.randomUUID();
        long id = submittedApplication(title);
        HttpResponse<String> asked = http.postJson("api/applications/" + id + "/screening", SECRETARIAT,
                "{\"decision\":\"CLARIFY\",\"note\":\"Which officials will you meet?\",\"answerWithinDays\":5}");
        assertEquals(200, asked.statusCode(), asked.body());

        assertEquals(0, inbox(SECRETARIAT, q(title)).getJsonNumber("total").longValue(), "screening left the inbox");
        JsonObject question = inbox(APPLICANT, "due=this_week&" + q(title));
        assertEquals(1, question.getJsonNumber("total").longValue());
        assertEquals("grants/clarification", question.getJsonArray("items").getJsonObject(0).getString("formKey"));
        assertEquals(0, inbox(OTHER_APPLICANT, q(title)).getJsonNumber("total").longValue());
        assertEquals(0, inbox(REVIEWER, q(title)).getJsonNumber("total").longValue());
    }

    @Test
    void anOfficerTakesATaskInTheInboxScreenCompletesItBesideItsHistoryAndLandsOnTheNext() throws Exception {
        String title = "Inbox screen " + UUID.randomUUID();
        long id = submittedApplication(title);
        WebDriver browser = Browser.start(Files.createTempDirectory("plenary-chromium"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("login:email")).sendKeys(SECRETARIAT);
            browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landing-secretariat")));
            WebElement menu = browser.findElement(By.id("menu-inbox"));
            assertTrue(menu.getText().matches(".*\\d+.*\\d+.*"), "the menu shows both counts: " + menu.getText());
            menu.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:tasks")));

            browser.findElement(By.id("inbox:search")).sendKeys(title);
            By row = By.xpath("//tr[td[contains(., '" + title + "')]]");
            wait.until(ExpectedConditions.numberOfElementsToBe(row, 1));
            Browser.screenshot(browser, "secretariat-inbox");
            browser.findElement(row).findElement(By.tagName("button")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(row, 0));
            JsonObject mine = inbox(SECRETARIAT, "view=mine&" + q(title));
            assertEquals(1, mine.getJsonNumber("total").longValue(), "taken from the screen");
            String screeningTask = mine.getJsonArray("items").getJsonObject(0).getString("taskId");

            browser.findElement(By.xpath("//div[@id='inbox:view']//div[contains(@class,'ui-button')][1]")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(row, 1));
            browser.findElement(row).findElement(By.xpath("(.//button)[last()]")).click();

            // the task's own form, with the case's facts and history beside it
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screening:recordScreening")));
            assertTrue(browser.getCurrentUrl().contains("grant.xhtml?id=" + id), browser.getCurrentUrl());
            String history = browser.findElement(By.id("case-history")).getText();
            assertTrue(history.contains(text("task.small-grant.screenEligibility"))
                    && history.contains(text("history.kind.OPEN")), history);
            Browser.screenshot(browser, "secretariat-task-with-history");
            browser.findElement(By.xpath("//div[@id='screening:screeningDecision']//label[normalize-space()='" + text("screeningDecision.ELIGIBLE") + "']"))
                    .click();
            browser.findElement(By.id("screening:recordScreening")).click();

            // back in the inbox, on the next task
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nextTask")));
            assertTrue(browser.getCurrentUrl().contains("secretariat/inbox"), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("inbox:messages")).getText()
                    .contains(text("screening.recorded", title)), "the confirmation");
            assertTrue(browser.findElements(By.id("growl")).isEmpty(), "no growl repeats the inbox's messages");
            String confirmation = text("screening.recorded", title);
            String shown = browser.findElement(By.tagName("body")).getText();
            assertEquals(shown.indexOf(confirmation), shown.lastIndexOf(confirmation), "the confirmation is shown once");
            Browser.screenshot(browser, "secretariat-inbox-next-task");
            JsonObject next = Http.object(http.get("api/inbox/next?after=" + screeningTask, SECRETARIAT));
            assertEquals("assignReviewers", next.getString("taskKey"), "the same case's next step comes first");
            assertTrue(browser.findElement(By.id("nextTask")).getText().contains(title),
                    "the panel offers the same case's next step");
            browser.findElement(By.id("nextTask:openNext")).click();
            wait.until(ExpectedConditions.urlContains("from=inbox"));
            assertTrue(browser.getCurrentUrl().matches(".*/secretariat/grant\\.xhtml\\?(.*&)?id=" + id + "(&.*)?"),
                    browser.getCurrentUrl());
        } finally {
            browser.quit();
        }
        assertEquals("ELIGIBLE", Http.object(http.get("api/applications/" + id, SECRETARIAT)).getString("status"),
                "screened from the inbox");
        JsonObject mine = inbox(SECRETARIAT, "view=mine&" + q(title));
        assertEquals(1, mine.getJsonNumber("total").longValue(), mine.toString());
        assertEquals("assignReviewers", mine.getJsonArray("items").getJsonObject(0).getString("taskKey"),
                "the screening task left the inbox; the next step, opened from the panel, is the officer's now");
    }
}
