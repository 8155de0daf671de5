package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import jakarta.json.JsonObject;

/** Calls for proposals created through the API, for tests that need one of their own. */
final class CallFixtures {

    static final String SECRETARIAT = "secretariat@demo.plenary";

    private CallFixtures() {
    }

    /** A call for African and Asian community-led organisations, 1,000 to 5,000 USD. */
    static String json(String title, Instant opens, Instant closes, String envelope) {
        return """
                {"title":"%s","description":"Small grants for 26 June actions","programme":"Global Day of Action",
                 "priorityAreas":["SUPPORT_DONT_PUNISH"],"pillars":["REGIONAL_NATIONAL_ADVOCACY"],
                 "eligibleRegions":["AFRICA","ASIA"],"eligibleKinds":["COMMUNITY_LED"],"currency":"USD",
                 "budgetEnvelope":%s,"minimumGrant":1000,"maximumGrant":5000,"opensAt":"%s","closesAt":"%s",
                 "reviewersPerApplication":2,"multipleApplicationsAllowed":false,
                 "rubric":[{"name":"Relevance","weight":60,"scoreDescriptions":["None","Weak","Fair","Good","Excellent"]},
                           {"name":"Feasibility","weight":40,"scoreDescriptions":[]}],
                 "reports":[{"kind":"INTERIM","dueDays":60},{"kind":"FINAL","dueDays":30}],
                 "tranches":[{"percent":70,"releaseEvent":"AGREEMENT_SIGNED"},
                             {"percent":30,"releaseEvent":"INTERIM_REPORT_ACCEPTED"}]}"""
                .formatted(title, envelope, opens, closes);
    }

    /** Drafts and opens a call; returns its id. */
    static long open(Http http, String title, Instant closes) {
        return open(http, json(title, Instant.now().minusSeconds(60), closes, "50000"));
    }

    /** Drafts and opens a call described by its JSON; returns its id. */
    static long open(Http http, String callJson) {
        HttpResponse<String> drafted = http.postJson("api/calls", SECRETARIAT, callJson);
        assertEquals(201, drafted.statusCode(), drafted.body());
        JsonObject draft = Http.object(drafted);
        long id = draft.getJsonNumber("id").longValue();
        HttpResponse<String> opened = http.send("api/calls/" + id + "/open", SECRETARIAT,
                String.valueOf(draft.getJsonNumber("version").longValue()));
        assertEquals(200, opened.statusCode(), opened.body());
        return id;
    }

    /** Submits an application of the applicant's organisation with that title to a new call (Kenya, 3,000); returns its id. */
    static long submittedApplication(Http http, String applicant, String title) {
        long call = CallFixtures.open(http, "Inbox " + UUID.randomUUID(), Instant.now().plusSeconds(3600));
        return submittedApplication(http, applicant, call, title);
    }

    /** Submits an application of the applicant's organisation with that title to that open call; returns its id. */
    static long submittedApplication(Http http, String applicant, long call, String title) {
        HttpResponse<String> started = http.send("api/calls/" + call + "/applications", applicant, null);
        assertEquals(200, started.statusCode(), started.body());
        JsonObject draft = Http.object(started);
        long id = draft.getJsonNumber("id").longValue();
        HttpResponse<String> submitted = http.postJsonIfMatch("api/applications/" + id + "/submit", applicant,
                String.valueOf(draft.getJsonNumber("version").longValue()), """
                {"projectTitle":"%s","summary":"A public action on 26 June.",
                 "objectives":"Raise awareness of decriminalisation.","activities":"March and a meeting with officials.",
                 "countries":["KE"],"startDate":"2027-06-01","endDate":"2027-07-31","requestedAmount":3000,
                 "budget":[{"category":"Venue","description":"Hall hire","amount":3000}],
                 "declaresAccuracy":true,"acceptsDataUse":true}""".formatted(title));
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }
}
