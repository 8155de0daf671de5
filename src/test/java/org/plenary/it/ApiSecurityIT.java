package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API and the screens' doors, from outside, against a real Payara Micro with the demo network. */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String REVIEWER = "reviewer@demo.plenary";
    private static final String AUDITOR = "auditor@demo.plenary";
    private static final String ADMIN = "admin@demo.plenary";

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
    void meNeedsCredentialsAndTellsWhoIsCalling() {
        HttpResponse<String> anonymous = http.get("api/me", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, http.getWithPassword("api/me", APPLICANT, "wrong-password").statusCode());

        HttpResponse<String> me = http.get("api/me", APPLICANT);
        assertEquals(200, me.statusCode());
        JsonObject body = Http.object(me);
        assertEquals("Amina Odhiambo", body.getString("fullName"));
        assertEquals("Nairobi Harm Reduction Collective", body.getString("organisationName"));
        assertEquals("APPLICANT", body.getJsonArray("roles").getString(0));
        assertTrue(me.headers().firstValue("Set-Cookie").isEmpty(), "the API keeps no session");
    }

    @Test
    void onlyAdminsListUsersAndOrganisations() {
        for (String user : List.of(APPLICANT, REVIEWER, AUDITOR, "secretariat@demo.plenary")) {
            assertEquals(403, http.get("api/users", user).statusCode(), user);
            assertEquals(403, http.get("api/organisations", user).statusCode(), user);
        }
        HttpResponse<String> organisations = http.get("api/organisations", ADMIN);
        assertEquals(200, organisations.statusCode());
        assertTrue(Http.array(organisations).size() >= 40, "the demo network has at least 40 organisations");
        assertEquals(200, http.get("api/users", ADMIN).statusCode());
    }

    @Test
    void anApplicantSeesOwnOrganisationButNeverAnother() {
        long own = Http.object(http.get("api/me", APPLICANT)).getJsonNumber("organisationId").longValue();
        long other = Http.array(http.get("api/organisations", ADMIN)).stream().map(JsonObject.class::cast)
                .mapToLong(o -> o.getJsonNumber("id").longValue()).filter(id -> id != own).findFirst().orElseThrow();

        assertEquals(200, http.get("api/organisations/" + own, APPLICANT).statusCode());
        HttpResponse<String> foreign = http.get("api/organisations/" + other, APPLICANT);
        assertEquals(403, foreign.statusCode());
        assertTrue(!foreign.body().contains("\"name\""), "nothing of the other organisation leaks");
        assertEquals(403, http.get("api/organisations/" + own, REVIEWER).statusCode(),
                "a reviewer of another organisation does not see it either");
    }

    @Test
    void badInputIsRefusedWithATranslatedMessageAndChangesNothing() {
        String name = "Harm Reduction Test Collective " + UUID.randomUUID();
        String json = """
                {"name":"%s","country":"%s","region":"AFRICA","kinds":["COMMUNITY_LED"],"membershipStatus":"ACTIVE"}""";

        HttpResponse<String> badCountry = http.postJson("api/organisations", ADMIN, json.formatted(name, "XX"));
        assertEquals(400, badCountry.statusCode());
        assertEquals("organisation.countryInvalid", Http.object(badCountry).getString("code"));
        assertTrue(Http.object(badCountry).getString("message").contains("two-letter ISO code"));
        assertTrue(Http.array(http.get("api/organisations", ADMIN)).stream().map(JsonObject.class::cast)
                .noneMatch(o -> o.getString("name").equals(name)), "nothing was created");

        HttpResponse<String> created = http.postJson("api/organisations", ADMIN, json.formatted(name, "ug"));
        assertEquals(201, created.statusCode());
        assertEquals("UG", Http.object(created).getString("country"));

        HttpResponse<String> duplicate = http.postJson("api/organisations", ADMIN, json.formatted(name, "UG"));
        assertEquals(400, duplicate.statusCode());
        assertEquals("organisation.nameTaken", Http.object(duplicate).getString("code"));

        HttpResponse<String> asApplicant = http.postJson("api/organisations", APPLICANT, json.formatted(name + "!", "UG"));
        assertEquals(403, asApplicant.statusCode());
    }

    @Test
    void aStaleVersionIsAConflictNotALostUpdate() {
        String name = "Versioned Collective " + UUID.randomUUID();
        String json = """
                {"name":"%s","country":"TH","region":"ASIA","kinds":[],"membershipStatus":"%s"}""";
        JsonObject created = Http.object(http.postJson("api/organisations", ADMIN, json.formatted(name, "PENDING")));
        long id = created.getJsonNumber("id").longValue();
        String version = String.valueOf(created.getJsonNumber("version").longValue());

        HttpResponse<String> first = http.putJson("api/organisations/" + id, ADMIN, version, json.formatted(name, "ACTIVE"));
        assertEquals(200, first.statusCode());
        assertNotEquals(version, String.valueOf(Http.object(first).getJsonNumber("version").longValue()));

        HttpResponse<String> stale = http.putJson("api/organisations/" + id, ADMIN, version, json.formatted(name, "LAPSED"));
        assertEquals(409, stale.statusCode());
        assertEquals("ACTIVE", Http.object(http.get("api/organisations/" + id, ADMIN)).getString("membershipStatus"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        String email = "locked." + UUID.randomUUID() + "@example.org";
        long organisation = Http.object(http.get("api/me", APPLICANT)).getJsonNumber("organisationId").longValue();
        HttpResponse<String> created = http.postJson("api/users", ADMIN, """
                {"email":"%s","fullName":"Test Applicant","organisationId":%d,"preferredLanguage":"en",
                 "timeZone":"Africa/Nairobi","roles":["APPLICANT"],"active":true,"password":"a-long-password-1"}"""
                .formatted(email, organisation));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, http.getWithPassword("api/me", email, "a-long-password-1").statusCode());

        for (int i = 0; i < 5; i++) {
            assertEquals(401, http.getWithPassword("api/me", email, "guess-" + i).statusCode());
        }
        assertEquals(401, http.getWithPassword("api/me", email, "a-long-password-1").statusCode(),
                "even the right password is refused while the account is locked");
    }

    @Test
    void aRememberedApiPasswordFollowsChangesToTheAccountAtOnce() {
        String email = "cached." + UUID.randomUUID() + "@example.org";
        long organisation = Http.object(http.get("api/me", REVIEWER)).getJsonNumber("organisationId").longValue();
        String form = """
                {"email":"%s","fullName":"Test Reviewer","organisationId":%d,"preferredLanguage":"en",
                 "timeZone":"Europe/Paris","roles":["%s"],"active":%s,"password":"%s"}""";
        JsonObject created = Http.object(http.postJson("api/users", ADMIN,
                form.formatted(email, organisation, "REVIEWER", true, "first-password-1")));
        long id = created.getJsonNumber("id").longValue();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.getWithPassword("api/me", email, "first-password-1").statusCode(), "call " + i);
        }

        HttpResponse<String> changed = http.putJson("api/users/" + id, ADMIN, version(id),
                form.formatted(email, organisation, "REVIEWER", true, "second-password-2"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(401, http.getWithPassword("api/me", email, "first-password-1").statusCode(),
                "the old password stops working with the change, remembered or not");
        assertEquals(200, http.getWithPassword("api/me", email, "second-password-2").statusCode());

        assertEquals(200, http.putJson("api/users/" + id, ADMIN, version(id),
                form.formatted(email, organisation, "APPLICANT", true, "")).statusCode());
        HttpResponse<String> me = http.getWithPassword("api/me", email, "second-password-2");
        assertEquals(200, me.statusCode());
        assertEquals("APPLICANT", Http.object(me).getJsonArray("roles").getString(0));
        assertEquals(1, Http.object(me).getJsonArray("roles").size());

        assertEquals(200, http.putJson("api/users/" + id, ADMIN, version(id),
                form.formatted(email, organisation, "APPLICANT", false, "")).statusCode());
        assertEquals(401, http.getWithPassword("api/me", email, "second-password-2").statusCode(),
                "a deactivated account is out at once");
    }

    private String version(long userId) {
        return String.valueOf(Http.object(http.get("api/users/" + userId, ADMIN)).getJsonNumber("version").longValue());
    }

    @Test
    void signingInStartsANewSessionAndEachRoleStaysInItsOwnPages() {
        HttpResponse<String> loginPage = http.get("login.xhtml", null);
        String before = sessionCookie(loginPage);
        assertTrue(before.contains("HttpOnly"), before);
        assertTrue(before.toLowerCase().contains("samesite=lax"), before);

        HttpResponse<String> signedIn = http.signIn(APPLICANT, Http.DEMO_PASSWORD);
        assertEquals(302, signedIn.statusCode());
        String after = sessionCookie(signedIn);
        assertNotEquals(id(before), id(after), "the session id changes at sign-in");

        HttpResponse<String> landing = http.get("index.xhtml", null);
        assertEquals(302, landing.statusCode());
        assertTrue(landing.headers().firstValue("Location").orElse("").endsWith("/applicant/index.xhtml"));
        assertEquals(200, http.get("applicant/index.xhtml", null).statusCode());

        HttpResponse<String> foreign = http.get("secretariat/index.xhtml", null);
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.body().contains("error-403"), "the friendly 403 page is shown");
        assertTrue(!foreign.body().contains("\tat org."), "no stack trace: " + foreign.body());
    }

    @Test
    void wrongCredentialsOnTheFormGiveOneMessageForEveryCase() {
        HttpResponse<String> unknown = http.signIn("nobody@example.org", "whatever-password");
        HttpResponse<String> wrong = http.signIn(REVIEWER, "not-the-password");
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("The email or password is not right"));
        assertTrue(wrong.body().contains("The email or password is not right"));
    }

    @Test
    void healthOpenApiAndSecurityHeaders() {
        URI root = http.base().resolve("/");
        Http server = new Http(root);
        HttpResponse<String> health = server.get("health", null);
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"database\"") && health.body().contains("\"workflow-engine\""));

        HttpResponse<String> openapi = server.get("openapi", null);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/me"), "the API is described");
        assertTrue(openapi.body().contains("/organisations"));

        HttpResponse<String> page = http.get("login.xhtml", null);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void theAuditChainIsForAuditorsAndIntact() {
        assertEquals(403, http.get("api/audit/chain", APPLICANT).statusCode());
        HttpResponse<String> report = http.get("api/audit/chain", AUDITOR);
        assertEquals(200, report.statusCode());
        assertTrue(Http.object(report).getBoolean("intact"), report.body());
        assertTrue(Http.object(report).getJsonNumber("eventsChecked").longValue() > 0);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String id(String cookie) {
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }
}
