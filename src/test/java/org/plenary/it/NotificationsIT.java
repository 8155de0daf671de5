package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenary.it.MailFixtures.await;
import static org.plenary.it.MailFixtures.newMailServer;
import static org.plenary.it.MailFixtures.sentTo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * E-mail notifications end to end: a real SMTP server (GreenMail) on the port the integration tests
 * give Payara (plenary.mail.smtp.port), messages queued through a test-only probe inside a
 * transaction, the admin's outbox over the API and on screen.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String ADMIN = "admin@demo.plenary";
    private static final String SECRETARIAT = "secretariat@demo.plenary";
    private static final String LATAM = "applicant.latam@demo.plenary";

    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlenaryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeAll
    static void startMailServer() {
        smtp = newMailServer();
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void client() throws URISyntaxException {
        base = PlenaryDeployment.contextOf(base);
        http = new Http(base.toURI());
    }

    @Test
    void aCommittedChangeMailsTheRecipientInTheirLanguage() throws MessagingException {
        String title = "Peer outreach " + UUID.randomUUID();

        assertEquals(204, probe("user", LATAM, "grants.decision.waitlisted", false, title).statusCode());

        MimeMessage mail = awaitMail(title);
        assertEquals("Su solicitud «" + title + "» está en lista de espera", mail.getSubject());
        assertEquals(LATAM, mail.getAllRecipients()[0].toString());
        assertEquals("es", mail.getHeader("Content-Language")[0]);
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("lista de espera"), "the body is in Spanish");
    }

    @Test
    void aCandidateGroupIsMailedPersonByPersonInEachLanguage() throws MessagingException {
        String title = "Women-led services " + UUID.randomUUID();

        assertEquals(204, probe("group", "secretariat", "grants.report.submitted", false, title, "Rapport final",
                "Red Mexicana").statusCode());

        // the secretariat group is Claire Dubois (French) and Kofi Mensah (English): one mail each
        MimeMessage mail = await(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subjectHas(m, title) && sentTo(m, SECRETARIAT)).findFirst(), "Claire's mail arrives");
        assertEquals("Rapport soumis : Rapport final pour « " + title + " »", mail.getSubject(),
                "Claire Dubois reads French");
        MimeMessage english = await(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subjectHas(m, title) && sentTo(m, "finance@demo.plenary")).findFirst(),
                "Kofi's mail arrives");
        assertTrue(english.getSubject().startsWith("Report submitted"),
                "Kofi Mensah reads English: " + english.getSubject());

        String forOrganisation = "Organisation group " + UUID.randomUUID();
        long latamOrganisation = Http.object(http.get("api/me", LATAM)).getJsonNumber("organisationId").longValue();
        assertEquals(204, probe("group", "org-" + latamOrganisation, "grants.agreement.ready", false,
                forOrganisation).statusCode());
        MimeMessage toApplicants = awaitMail(forOrganisation);
        assertEquals(List.of(LATAM), Arrays.stream(toApplicants.getAllRecipients()).map(Object::toString).toList(),
                "the organisation's applicants, nobody else");
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectHas(m, forOrganisation))
                .count());
    }

    @Test
    void aRolledBackChangeSendsNothing() throws MessagingException {
        String rolledBack = "Rolled back " + UUID.randomUUID();
        String committed = "Committed after " + UUID.randomUUID();

        assertEquals(409, probe("user", LATAM, "grants.closed", true, rolledBack).statusCode());
        assertEquals(204, probe("user", LATAM, "grants.closed", false, committed).statusCode());

        awaitMail(committed);
        assertTrue(receivedWith(rolledBack).isEmpty(), "no mail for the rolled-back change");
        assertTrue(outboxRowWith(rolledBack).isEmpty(), "no outbox row for the rolled-back change");
    }

    @Test
    void onlyAdminsReadTheOutbox() {
        String title = "Outbox reading " + UUID.randomUUID();
        assertEquals(204, probe("user", LATAM, "grants.agreement.ready", false, title).statusCode());

        JsonObject row = await(() -> outboxRowWith(title).filter(m -> m.getString("status").equals("SENT")),
                "the message is in the outbox, sent");
        long id = row.getJsonNumber("id").longValue();
        assertEquals(LATAM, row.getString("recipientAddress"));
        assertEquals("es", row.getString("language"));
        assertEquals("grants.agreement.ready", row.getString("template"));
        assertTrue(!row.containsKey("body") || row.isNull("body"), "the list leaves bodies out");

        HttpResponse<String> one = http.get("api/admin/outbox/" + id, ADMIN);
        assertEquals(200, one.statusCode());
        assertTrue(Http.object(one).getString("body").contains(title));

        HttpResponse<String> filtered = http.get("api/admin/outbox?status=SENT&recipient=latam&size=5", ADMIN);
        assertEquals(200, filtered.statusCode());
        JsonObject page = Http.object(filtered);
        assertTrue(page.getJsonArray("messages").size() <= 5);
        assertEquals(id, page.getJsonArray("messages").getJsonObject(0).getJsonNumber("id").longValue(),
                "newest first");
        assertTrue(page.getJsonArray("messages").stream().map(JsonObject.class::cast)
                .allMatch(m -> m.getString("status").equals("SENT") && m.getString("recipientAddress").equals(LATAM)));
        assertEquals(400, http.get("api/admin/outbox?status=LOST", ADMIN).statusCode());

        for (String user : List.of(SECRETARIAT, LATAM, "auditor@demo.plenary", "reviewer@demo.plenary")) {
            assertEquals(403, http.get("api/admin/outbox", user).statusCode(), user);
            assertEquals(403, http.get("api/admin/outbox/" + id, user).statusCode(), user);
        }
        assertEquals(401, http.get("api/admin/outbox", null).statusCode());
        assertEquals(404, http.get("api/admin/outbox/999999999", ADMIN).statusCode());
    }

    @Test
    void theAdminsOutboxScreenListsMessagesAndOthersAreTurnedAway() {
        String title = "Screen <b>check</b> " + UUID.randomUUID();
        assertEquals(204, probe("user", LATAM, "grants.closed", false, title).statusCode());
        await(() -> outboxRowWith(title), "the message is in the outbox");

        Http admin = new Http(http.base());
        assertEquals(302, admin.signIn(ADMIN, Http.DEMO_PASSWORD).statusCode());
        HttpResponse<String> page = admin.get("admin/outbox.xhtml", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(title.replace("<", "&lt;").replace(">", "&gt;")), "newest first, escaped");
        assertFalse(page.body().contains("<b>check</b>"), "nothing from a message is markup");

        Http secretariat = new Http(http.base());
        assertEquals(302, secretariat.signIn(SECRETARIAT, Http.DEMO_PASSWORD).statusCode());
        assertEquals(403, secretariat.get("admin/outbox.xhtml", null).statusCode());
    }

    @Test
    void anAdminFiltersTheOutboxAndReadsAMessageInTheBrowser() throws IOException {
        String title = "Browser outbox " + UUID.randomUUID();
        String other = "Not for Lucia " + UUID.randomUUID();
        assertEquals(204, probe("user", LATAM, "grants.terminated", false, title, "No reports <script>x</script>")
                .statusCode());
        assertEquals(204, probe("user", SECRETARIAT, "grants.closed", false, other).statusCode());
        await(() -> outboxRowWith(other), "the messages are in the outbox");

        WebDriver browser = Browser.start(Files.createTempDirectory("plenary-chromium"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("login:email")).sendKeys(ADMIN);
            browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu-outbox")));
            browser.findElement(By.id("menu-outbox")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:messages"), title));
            assertTrue(browser.findElement(By.id("list:messages")).getText().contains(other));

            browser.findElement(By.id("list:recipient")).sendKeys("latam");
            wait.until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("list:messages"), other)));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:messages"), title));
            Browser.screenshot(browser, "admin-outbox");

            browser.findElement(By.id("list:messages:0:view")).click();
            WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("body")));
            assertTrue(body.getText().contains("Motivo: No reports <script>x</script>"), body.getText());
            Browser.screenshot(browser, "admin-outbox-message");
        } finally {
            browser.quit();
        }
    }

    @Test
    void withTheMailServerDownAMessageWaitsAndIsDeliveredWhenItComesBack() throws MessagingException {
        String title = "Delayed delivery " + UUID.randomUUID();
        smtp.stop();
        try {
            assertEquals(204, probe("user", LATAM, "grants.closed", false, title).statusCode());

            JsonObject waiting = await(() -> outboxRowWith(title)
                    .filter(m -> m.getInt("attempts") >= 1 && m.getString("status").equals("QUEUED")),
                    "a failed attempt leaves the message queued for a retry");
            long id = waiting.getJsonNumber("id").longValue();
            JsonObject detail = Http.object(http.get("api/admin/outbox/" + id, ADMIN));
            assertTrue(detail.containsKey("lastError") && !detail.isNull("lastError"), "the failure is recorded");
        } finally {
            smtp = newMailServer();
            smtp.start();
        }

        MimeMessage mail = awaitMail(title);
        assertTrue(mail.getSubject().contains(title));
        JsonObject sent = await(() -> outboxRowWith(title).filter(m -> m.getString("status").equals("SENT")),
                "the outbox records the delivery");
        assertTrue(sent.getInt("attempts") >= 2);
        assertNotNull(sent.getString("sentAt"));
    }

    @Test
    void whenTwoNodesClaimOneMessageOnlyOneSendsItAndAnExpiredClaimGoesBackToTheQueue() {
        for (int round = 0; round < 10; round++) {
            String marker = "Claim race " + UUID.randomUUID();
            HttpResponse<String> race = post("user=" + enc(LATAM) + "&race=" + enc(marker));
            assertEquals(200, race.statusCode(), race.body());

            String[] outcome = race.body().split(" \\| ");
            String holder = outcome[1];
            assertTrue(List.of("it-node-a", "it-node-b").contains(holder), "one node holds the claim: " + race.body());
            assertTrue(outcome[0].equals(holder) || outcome[0].isEmpty(),
                    "no other node believes it won (a claim that failed with an error counts as lost): " + race.body());
            assertEquals("true", outcome[2], "after the lease a third node claims it: " + race.body());
        }
    }

    @Test
    void anAdminPutsFailedMessagesBackInTheQueueAndThatIsAudited() {
        String title = "Failed then retried " + UUID.randomUUID();
        assertEquals(204, post("user=" + enc(LATAM) + "&failed=" + enc(title)).statusCode());
        JsonObject failed = await(() -> outboxRowWith(title), "the failed message is in the outbox");
        assertEquals("FAILED", failed.getString("status"));
        long auditedBefore = Long.parseLong(post("audit=notifications.outbox.retried").body());

        assertEquals(403, http.send("api/admin/outbox/retry-failed", SECRETARIAT, null).statusCode());
        HttpResponse<String> retried = http.send("api/admin/outbox/retry-failed", ADMIN, null);

        assertEquals(200, retried.statusCode());
        assertTrue(Http.object(retried).getInt("requeued") >= 1);
        assertEquals(auditedBefore + 1, Long.parseLong(post("audit=notifications.outbox.retried").body()));
        awaitMail(title);
        await(() -> outboxRowWith(title).filter(m -> m.getString("status").equals("SENT")), "it is sent");
    }

    private HttpResponse<String> probe(String kind, String who, String template, boolean rollback, String... args) {
        StringBuilder form = new StringBuilder(kind + "=" + enc(who) + "&template=" + enc(template)
                + "&rollback=" + rollback);
        Arrays.stream(args).forEach(arg -> form.append("&arg=").append(enc(arg)));
        return post(form.toString());
    }

    private HttpResponse<String> post(String form) {
        try {
            return http.client().send(HttpRequest.newBuilder(http.base().resolve("it-probe/notifications"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage awaitMail(String marker) {
        return await(() -> receivedWith(marker), "a mail about " + marker + " arrives");
    }

    private static Optional<MimeMessage> receivedWith(String marker) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectHas(m, marker)).findFirst();
    }

    private static boolean subjectHas(MimeMessage message, String marker) {
        try {
            return message.getSubject() != null && message.getSubject().contains(marker);
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The newest outbox rows, as the admin reads them, with this marker in the subject. */
    private Optional<JsonObject> outboxRowWith(String marker) {
        HttpResponse<String> page = http.get("api/admin/outbox?size=50", ADMIN);
        assertEquals(200, page.statusCode());
        return Http.object(page).getJsonArray("messages").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("subject").contains(marker)).findFirst();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
