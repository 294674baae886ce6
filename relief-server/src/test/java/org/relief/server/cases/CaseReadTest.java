package org.relief.server.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.testkit.json.ReliefJson;

/**
 * What the console's case page reads besides the binding's keys: the verified household by
 * version, in the request shape (ID numbers masked for the auditor, as on the household routes),
 * and the steps the caller's role may take (the route's StepPermissions, never {@code apply}).
 */
class CaseReadTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> ServerConfig.forTest(data).withDemo(true));
    static String id;

    @BeforeAll
    static void start() throws Exception {
        HttpResponse<String> r = http.call("POST", "/api/v1/cases", http.token("reviewer-changge"), """
                {"reference":"READ-1","date":"2026-01-05","region":"411082","program":"dibao","application":{"consent":true},
                 "household":{"residence":"urban","members":[{"id":"p1","relation":"head","idNumber":"411081197504120012",
                 "incomes":[{"kind":"wage","monthly":"300"}]},{"id":"p2","relation":"child","birthDate":"2012-09-03"}]}}""");
        assertEquals(201, r.statusCode(), r.body());
        id = ReliefJson.parse(r.body()).get("id").asText();
        r = http.call("POST", "/api/v1/cases/" + id + "/steps", http.token("reviewer-changge"), """
                {"do":"accept","date":"2026-01-06"}""");
        assertEquals(200, r.statusCode(), r.body());
        r = http.call("POST", "/api/v1/cases/" + id + "/steps", http.token("reviewer-changge"), """
                {"do":"survey","date":"2026-01-08","surveyors":2,"household":{"residence":"urban","members":[
                 {"id":"p1","relation":"head","idNumber":"411081197504120012","incomes":[{"kind":"wage","monthly":"350.00"}]},
                 {"id":"p2","relation":"child","birthDate":"2012-09-03","incomes":[]}]}}""");
        assertEquals(200, r.statusCode(), r.body());
    }

    static JsonNode read(String user) throws Exception {
        HttpResponse<String> r = http.call("GET", "/api/v1/cases/" + id, http.token(user), null);
        assertEquals(200, r.statusCode(), r.body());
        return ReliefJson.parse(r.body());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theVerifiedHousehold_isTheSurveyedOne_inTheRequestShape_unknownIncomeLeftAbsent() throws Exception {
        JsonNode c = read("reviewer-changge");
        assertEquals(1, c.get("households").size(), "the survey replaced the declared base version");
        JsonNode v = c.get("households").get(0);
        assertEquals("survey", v.get("source").asText());
        assertFalse(v.has("from"), "the base version counts from the payment start");
        JsonNode p1 = v.at("/household/members/0");
        assertEquals("411081197504120012", p1.get("idNumber").asText());
        assertEquals("350.00", p1.at("/incomes/0/monthly").asText());
        assertEquals("1975-04-12", p1.get("birthDate").asText());
        assertEquals("[]", v.at("/household/members/1/incomes").toString(), "declared no income");
        List<String> steps = new ArrayList<>();
        c.get("steps").forEach(s -> steps.add(s.get("do").asText()));
        assertEquals(List.of("apply", "accept", "survey"), steps);
    }

    @Test
    void mayTake_isTheRolesSteps() throws Exception {
        List<String> reviewer = texts(read("reviewer-changge").get("mayTake"));
        assertTrue(reviewer.containsAll(List.of("accept", "survey", "propose", "decide", "review", "fraud")), reviewer.toString());
        assertFalse(reviewer.contains("apply"), "apply opens a case: not a step on one");
        assertEquals(List.of("survey"), texts(read("assistant-changge").get("mayTake")));
        assertEquals(List.of(), texts(read("auditor-xuchang").get("mayTake")));
    }

    @Test
    void anAuditor_seesIdNumbersMasked() throws Exception {
        String masked = read("auditor-xuchang").at("/households/0/household/members/0/idNumber").asText();
        assertFalse(masked.contains("19750412"), masked);
        assertTrue(masked.startsWith("411081") && masked.endsWith("0012"), masked);
    }
}
