package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily digest of the task inbox end to end: each user's own setting over /api/me/digest, then one run
 * of the digest job (through a test-only probe, for a given moment) mailing a real SMTP server (GreenMail):
 * one digest per user and day, in the user's language, only with cases the user may see.
 */
@ExtendWith(ArquillianExtension.class)
class InboxDigestIT {

    private static final String ADMIN = "admin@demo.plenary";
    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String SECRETARIAT = CallFixtures.SECRETARIAT;

    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlenaryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Http http;
    private TemporaryUsers users;

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
        users = new TemporaryUsers(http);
    }

    @AfterEach
    void deactivateTemporaryUsers() {
        users.deactivateAll();
    }

    @Test
    void eachUserReadsAndChangesTheirOwnDigestSettingAndEveryChangeIsAudited() throws Exception {
        String reviewer = newUser("REVIEWER", organisationOf("reviewer@demo.plenary"), "es", "America/Mexico_City");

        JsonObject initial = Http.object(http.get("api/me/digest", reviewer));
        assertTrue(initial.getBoolean("enabled"), "on by default for a reviewer");
        assertFalse(initial.getBoolean("chosen"));
        assertEquals(7, initial.getInt("hour"));
        assertEquals("America/Mexico_City", initial.getString("timeZone"));
        JsonObject auditor = Http.object(http.get("api/me/digest", "auditor@demo.plenary"));
        assertFalse(auditor.getBoolean("enabled"), "an auditor gets no tasks: off by default");

        long audited = audited();
        HttpResponse<String> badHour = put(reviewer, "{\"enabled\":true,\"hour\":24}", "fr");
        assertEquals(400, badHour.statusCode());
        assertEquals("digest.hourInvalid", Http.object(badHour).getString("code"));
        assertEquals("Veuillez choisir une heure de la journée entre 0 et 23.", Http.object(badHour).getString("message"));
        HttpResponse<String> noChoice = put(reviewer, "{\"hour\":8}", "en");
        assertEquals(400, noChoice.statusCode());
        assertEquals("digest.enabledRequired", Http.object(noChoice).getString("code"));
        assertEquals(audited, audited(), "nothing recorded for refused input");

        HttpResponse<String> changed = put(reviewer, "{\"enabled\":false,\"hour\":18}", "en");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject now = Http.object(http.get("api/me/digest", reviewer));
        assertFalse(now.getBoolean("enabled"));
        assertTrue(now.getBoolean("chosen"));
        assertEquals(18, now.getInt("hour"));
        assertEquals(audited + 1, audited(), "the change is audited");
        assertEquals(401, http.get("api/me/digest", null).statusCode());

        Http browser = new Http(http.base());
        assertEquals(302, browser.signIn(reviewer, Http.DEMO_PASSWORD).statusCode());
        HttpResponse<String> page = browser.get("settings.xhtml", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Resumen diario de mis tareas"), "the settings page speaks Spanish");
        assertTrue(page.body().contains("America/Mexico_City"), "the hour is in the user's own zone");

        // the settings page saves through the same service: on again, from 06:00
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), "the page has a form");
        String form = "digest=digest&digest%3Aenabled_input=on&digest%3Ahour_input=6&digest%3Asave="
                + "&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> saved = browser.client().send(HttpRequest.newBuilder(http.base().resolve("settings.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, saved.statusCode());
        JsonObject fromPage = Http.object(http.get("api/me/digest", reviewer));
        assertTrue(fromPage.getBoolean("enabled"), saved.body());
        assertEquals(6, fromPage.getInt("hour"));
        assertEquals(audited + 2, audited(), "a change on the page is audited too");
    }

    @Test
    void oneDigestADayInTheUsersLanguageWithOnlyTheCasesTheyMaySee() throws MessagingException {
        long secretariatOrg = organisationOf(SECRETARIAT);
        String officer = newUser("SECRETARIAT", secretariatOrg, "fr", "Europe/Paris");
        String quietOfficer = newUser("SECRETARIAT", secretariatOrg, "en", "UTC");
        String ownOrgReviewer = newUser("REVIEWER", organisationOf(APPLICANT), "en", "Africa/Nairobi");
        String otherReviewer = newUser("REVIEWER", organisationOf("reviewer@demo.plenary"), "en", "Asia/Bangkok");
        for (String user : List.of(officer, ownOrgReviewer, otherReviewer)) {
            assertEquals(200, put(user, "{\"enabled\":true,\"hour\":0}", "en").statusCode(), user);
        }
        assertEquals(200, put(quietOfficer, "{\"enabled\":false,\"hour\":0}", "en").statusCode());

        String title = "Digest outreach " + UUID.randomUUID();
        CallFixtures.submittedApplication(http, APPLICANT, title);
        JsonObject task = Http.object(http.get("api/inbox?q=" + enc(title), officer)).getJsonArray("items")
                .getJsonObject(0);
        String taskId = task.getString("taskId");
        // offered to every reviewer as well, as a later process may do: the own organisation's reviewer still
        // must not read about the case
        assertEquals(204, http.send("api/it/digest/offer?task=" + taskId + "&group=reviewer", ADMIN, null).statusCode());
        Instant now = Instant.now();
        // long overdue, so that it comes first among the demo network's tasks
        Instant longAgo = now.minus(Duration.ofDays(3650));
        assertEquals(204, http.send("api/it/digest/due?task=" + taskId + "&at=" + longAgo, ADMIN, null).statusCode());

        HttpResponse<String> run = http.send("api/it/digest/run?at=" + now, ADMIN, null);
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(Integer.parseInt(run.body().trim()) >= 2, "digests were queued: " + run.body());

        MimeMessage digest = await(() -> digestsTo(officer).stream().findFirst(), "the officer's digest arrives");
        assertTrue(digest.getSubject().startsWith("Vos tâches Plenary : "), digest.getSubject());
        assertEquals("fr", digest.getHeader("Content-Language")[0]);
        String body = GreenMailUtil.getBody(digest);
        String line = Arrays.stream(decoded(digest).split("\n")).filter(l -> l.contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("the case is listed: " + body));
        assertTrue(line.startsWith("- Vérifier l'éligibilité : « " + title + " », EN RETARD depuis le"), line);
        assertTrue(decoded(digest).contains("/secretariat/inbox.xhtml"), "the digest leads to the inbox");

        MimeMessage forOtherReviewer = await(() -> digestsTo(otherReviewer).stream().findFirst(),
                "a reviewer of another organisation is told about the task offered to reviewers");
        assertTrue(decoded(forOtherReviewer).contains(title));

        HttpResponse<String> again = http.send("api/it/digest/run?at=" + now, ADMIN, null);
        assertEquals("0", again.body().trim(), "a second run the same day sends nothing to anybody");

        assertTrue(outboxDigestsTo(quietOfficer).isEmpty(), "a user who turned the digest off gets none");
        for (JsonObject row : outboxDigestsTo(ownOrgReviewer)) {
            String text = Http.object(http.get("api/admin/outbox/" + row.getJsonNumber("id"), ADMIN)).getString("body");
            assertFalse(text.contains(title), "never a line about a case of the reviewer's own organisation");
        }
        assertEquals(1, outboxDigestsTo(officer).size(), "one digest a day");
        assertEquals(1, digestsTo(officer).size());
        JsonObject officerSetting = Http.object(http.get("api/me/digest", officer));
        assertEquals(now.getEpochSecond(), Instant.parse(officerSetting.getString("lastDigestAt")).getEpochSecond(),
                "the day's digest is recorded");
    }

    private List<MimeMessage> digestsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, address))
                .filter(m -> header(m, "X-Plenary-Outbox-Id") != null)
                .filter(m -> outboxDigestsTo(address).stream().anyMatch(row -> String.valueOf(row.getJsonNumber("id"))
                        .equals(header(m, "X-Plenary-Outbox-Id"))))
                .toList();
    }

    private List<JsonObject> outboxDigestsTo(String address) {
        HttpResponse<String> page = http.get("api/admin/outbox?size=200&recipient=" + enc(address), ADMIN);
        assertEquals(200, page.statusCode(), page.body());
        return Http.object(page).getJsonArray("messages").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("template").equals("inbox.digest")
                        && m.getString("recipientAddress").equals(address))
                .toList();
    }

    private static String decoded(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content.toString().replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    /** A new user with the demo password; returns their e-mail address. */
    private String newUser(String role, long organisationId, String language, String zone) {
        String email = "digest-" + role.toLowerCase() + "-" + UUID.randomUUID() + "@demo.plenary";
        users.create(email, "Digest " + role, organisationId, language, zone, role);
        return email;
    }

    private long organisationOf(String user) {
        return Http.object(http.get("api/me", user)).getJsonNumber("organisationId").longValue();
    }

    private HttpResponse<String> put(String user, String json, String language) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return http.client().send(HttpRequest.newBuilder(http.base().resolve("api/me/digest"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                    .header("Accept", "application/json").header("Accept-Language", language)
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long audited() {
        HttpResponse<String> count = http.get("api/it/digest/audit?action=inbox.digest.changed", ADMIN);
        assertEquals(200, count.statusCode(), count.body());
        return Long.parseLong(count.body().trim());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
