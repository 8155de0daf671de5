package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing of the secretariat's grant work in Payara on the demo network: a call's team is offered its
 * applications' secretariat steps and nobody else of the secretariat is; without a team, an officer covering the
 * applicant's region is; else the whole secretariat. Changing a team or a portfolio moves the open tasks. The rest of
 * the secretariat can still open the case and give the task to anyone of the secretariat. Only the secretariat (and
 * admins) set teams, only admins portfolios, only with active secretariat users; refusals change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CallTeamRoutingIT {

    private static final String APPLICANT = "applicant@demo.plenary";
    private static final String SECRETARIAT = CallFixtures.SECRETARIAT;
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

    /** A new active secretariat user; answers their email (their id through {@link #id}). */
    private String newOfficer() {
        String email = "officer-" + UUID.randomUUID() + "@demo.plenary";
        users.create(email, "Officer " + email.substring(8, 16), organisationOf(SECRETARIAT), "en", "UTC", "SECRETARIAT");
        return email;
    }

    private long id(String email) {
        HttpResponse<String> all = http.get("api/users", ADMIN);
        assertEquals(200, all.statusCode(), all.body());
        return Http.array(all).getValuesAs(JsonObject.class).stream().filter(u -> email.equals(u.getString("email")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long organisationOf(String user) {
        return Http.object(http.get("api/me", user)).getJsonNumber("organisationId").longValue();
    }

    private long newCall() {
        return CallFixtures.open(http, "Routing " + UUID.randomUUID(), Instant.now().plusSeconds(3600));
    }

    private HttpResponse<String> setTeam(long call, String caller, Long... members) {
        return http.putJson("api/calls/" + call + "/team", caller, "0",
                "{\"userIds\":" + List.of(members).toString() + "}");
    }

    private List<Long> team(long call) {
        HttpResponse<String> team = http.get("api/calls/" + call + "/team", SECRETARIAT);
        assertEquals(200, team.statusCode(), team.body());
        return Http.array(team).getValuesAs(JsonObject.class).stream().map(m -> m.getJsonNumber("id").longValue())
                .toList();
    }

    private HttpResponse<String> setRegions(long user, String caller, String regionsJson) {
        return http.putJson("api/users/" + user + "/regions", caller, "0", "{\"regions\":" + regionsJson + "}");
    }

    /** How many tasks of the case with that title the user is offered. */
    private long offered(String user, String title) {
        HttpResponse<String> page = http.get("api/inbox?view=offered&q="
                + URLEncoder.encode(title, StandardCharsets.UTF_8), user);
        assertEquals(200, page.statusCode(), page.body());
        return Http.object(page).getJsonNumber("total").longValue();
    }

    private String offeredTask(String user, String title) {
        HttpResponse<String> page = http.get("api/inbox?view=offered&q="
                + URLEncoder.encode(title, StandardCharsets.UTF_8), user);
        JsonObject body = Http.object(page);
        assertEquals(1, body.getJsonNumber("total").longValue(), user + ": " + body);
        return body.getJsonArray("items").getJsonObject(0).getString("taskId");
    }

    private List<String> audit(String type, long id) {
        HttpResponse<String> actions = http.get("api/it/routing/audit?type=" + type + "&id=" + id, ADMIN);
        assertEquals(200, actions.statusCode(), actions.body());
        return Http.array(actions).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void aCallsTeamIsOfferedItsApplicationsAndTheRestOfTheSecretariatIsNot() {
        String member = newOfficer();
        long call = newCall();
        HttpResponse<String> set = setTeam(call, SECRETARIAT, id(member));
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(List.of(id(member)), team(call));
        assertTrue(audit("GrantCall", call).contains("grants.call.team-changed"));

        String title = "Team " + UUID.randomUUID();
        long application = CallFixtures.submittedApplication(http, APPLICANT, call, title);
        String task = offeredTask(member, title);
        assertEquals(0, offered(SECRETARIAT, title), "not on the team: not offered");
        assertEquals(0, offered(OFFICER, title));

        // the rest of the secretariat still opens the case and gives its task to a secretariat user off the team
        HttpResponse<String> opened = http.get("api/applications/" + application, SECRETARIAT);
        assertEquals(200, opened.statusCode(), opened.body());
        HttpResponse<String> assigned = http.postJson("api/inbox/" + task + "/assign", SECRETARIAT,
                "{\"assignee\":" + id(OFFICER) + "}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        HttpResponse<String> mine = http.get("api/inbox?view=mine&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8),
                OFFICER);
        assertEquals(1, Http.object(mine).getJsonNumber("total").longValue(), mine.body());
        // but not to a reviewer
        HttpResponse<String> reviewer = http.postJson("api/inbox/" + task + "/assign", SECRETARIAT,
                "{\"assignee\":" + id(REVIEWER) + "}");
        assertEquals(400, reviewer.statusCode(), reviewer.body());
    }

    @Test
    void changingTheTeamMovesTheOpenTasksOfTheCall() {
        String first = newOfficer();
        String second = newOfficer();
        long call = newCall();
        assertEquals(200, setTeam(call, SECRETARIAT, id(first)).statusCode());
        String title = "Move " + UUID.randomUUID();
        CallFixtures.submittedApplication(http, APPLICANT, call, title);
        assertEquals(1, offered(first, title));

        assertEquals(200, setTeam(call, ADMIN, id(second)).statusCode(), "admins may set teams too");
        assertEquals(0, offered(first, title), "moved away from the old team");
        assertEquals(1, offered(second, title));
        assertEquals(0, offered(SECRETARIAT, title));

        HttpResponse<String> none = setTeam(call, SECRETARIAT);
        assertEquals(200, none.statusCode(), none.body());
        assertEquals(List.of(), team(call));
        assertEquals(1, offered(SECRETARIAT, title), "no team: back to the whole secretariat");
        assertEquals(1, offered(first, title));
    }

    @Test
    void anOfficerCoveringTheApplicantsRegionIsOfferedItWhenTheCallHasNoTeamElseTheSecretariat() {
        String fallback = "Fallback " + UUID.randomUUID();
        long call = newCall();
        CallFixtures.submittedApplication(http, APPLICANT, call, fallback);
        assertEquals(1, offered(SECRETARIAT, fallback), "nobody covers Africa: the whole secretariat");

        String regional = newOfficer();
        long regionalId = id(regional);
        try {
            HttpResponse<String> covered = setRegions(regionalId, ADMIN, "[\"AFRICA\"]");
            assertEquals(200, covered.statusCode(), covered.body());
            assertEquals("[\"AFRICA\"]", Http.object(http.get("api/users/" + regionalId + "/regions", ADMIN))
                    .getJsonArray("regions").toString());
            assertTrue(audit("User", regionalId).contains("identity.user.portfolio-changed"));
            assertEquals(1, offered(regional, fallback), "the open task moved to the regional officer");
            assertEquals(0, offered(SECRETARIAT, fallback));

            String title = "Region " + UUID.randomUUID();
            CallFixtures.submittedApplication(http, APPLICANT, newCall(), title);
            assertEquals(1, offered(regional, title));
            assertEquals(0, offered(SECRETARIAT, title));
            assertEquals(0, offered(OFFICER, title));
        } finally {
            assertEquals(200, setRegions(regionalId, ADMIN, "[]").statusCode());
        }
        assertEquals(1, offered(SECRETARIAT, fallback), "the portfolio emptied: back to the whole secretariat");
    }

    @Test
    void theCallPageShowsTheTeamAndChangesItThroughTheSameService() throws Exception {
        String first = newOfficer();
        String second = newOfficer();
        long call = newCall();
        assertEquals(200, setTeam(call, SECRETARIAT, id(first)).statusCode());

        Http browser = new Http(http.base());
        assertEquals(302, browser.signIn(SECRETARIAT, Http.DEMO_PASSWORD).statusCode());
        HttpResponse<String> page = browser.get("secretariat/call.xhtml?id=" + call, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("team:saveTeam"), "a saved call's page has the team panel");
        assertTrue(page.body().contains("Officer " + second.substring(8, 16)), "every active officer may be chosen");

        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), "the page has a form");
        String form = "team=team&team%3Amembers=" + id(second) + "&team%3AsaveTeam=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> saved = browser.client().send(HttpRequest.newBuilder(
                http.base().resolve("secretariat/call.xhtml?id=" + call))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, saved.statusCode());
        assertEquals(List.of(id(second)), team(call), saved.body());
        assertTrue(audit("GrantCall", call).stream().filter("grants.call.team-changed"::equals).count() == 2);
    }

    @Test
    void onlyTheSecretariatAndAdminsSetTeamsAndOnlyAdminsPortfolios() {
        String member = newOfficer();
        long call = newCall();
        assertEquals(200, setTeam(call, SECRETARIAT, id(member)).statusCode());
        for (String other : List.of(REVIEWER, APPLICANT)) {
            assertEquals(403, setTeam(call, other, id(OFFICER)).statusCode(), other);
            assertEquals(403, http.get("api/calls/" + call + "/team", other).statusCode(), other);
        }
        assertEquals(List.of(id(member)), team(call), "nothing changed");
        for (String other : List.of(REVIEWER, SECRETARIAT)) {
            assertEquals(403, setRegions(id(member), other, "[\"ASIA\"]").statusCode(), other);
        }
        assertEquals("[]", Http.object(http.get("api/users/" + id(member) + "/regions", ADMIN))
                .getJsonArray("regions").toString());
    }

    @Test
    void unknownPeopleAndNonSecretariatUsersAreRefusedWithATranslatedMessageAndNothingChanges() {
        String member = newOfficer();
        long call = newCall();
        assertEquals(200, setTeam(call, SECRETARIAT, id(member)).statusCode());
        List<String> auditBefore = audit("GrantCall", call);

        HttpResponse<String> unknown = setTeam(call, SECRETARIAT, id(member), 987654321L);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("grant.team.unknownUser", Http.object(unknown).getString("code"));
        assertFalse(Http.object(unknown).getString("message").startsWith("grant."), unknown.body());

        HttpResponse<String> reviewer = setTeam(call, SECRETARIAT, id(REVIEWER));
        assertEquals(400, reviewer.statusCode(), reviewer.body());
        assertEquals("grant.team.notSecretariat", Http.object(reviewer).getString("code"));
        assertTrue(Http.object(reviewer).getString("message").contains("Somchai"), reviewer.body());

        HttpResponse<String> missing = http.putJson("api/calls/999999999/team", SECRETARIAT, "0", "{\"userIds\":[]}");
        assertEquals(404, missing.statusCode(), missing.body());

        assertEquals(List.of(id(member)), team(call), "nothing changed");
        assertEquals(auditBefore, audit("GrantCall", call), "nothing audited");

        HttpResponse<String> portfolio = setRegions(id(REVIEWER), ADMIN, "[\"ASIA\"]");
        assertEquals(400, portfolio.statusCode(), portfolio.body());
        assertEquals("user.portfolioNotSecretariat", Http.object(portfolio).getString("code"));
        assertTrue(Http.object(portfolio).getString("message").contains("Somchai"), portfolio.body());
        assertEquals("[]", Http.object(http.get("api/users/" + id(REVIEWER) + "/regions", ADMIN))
                .getJsonArray("regions").toString());
    }
}
