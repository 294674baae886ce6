package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;

class DeterminationApiTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(ServerConfig::forTest);
    static final ObjectMapper JSON = new ObjectMapper();

    // 2 × 720 − (900 + 0) = 540.00
    static final String DIBAO = """
            {"region":"000000","date":"2024-03-01","program":"dibao","standards":{"dibao.urban.monthly":"720"},
             "household":{"residence":"urban","members":[
               {"id":"p1","birthDate":"1980-01-01","incomes":[{"kind":"wage","monthly":"900.00"}]},
               {"id":"p2","birthDate":"2015-01-01","incomes":[]}]}}""";

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void determination_200WithAmountReasonsTraceAndVersions() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/determinations", DIBAO);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = json(r);
        assertEquals("eligible", d.get("outcome").asText());
        assertEquals("540.00", d.get("monthlyAmount").asText());
        assertEquals("540.00", d.get("lines").get("base").asText());
        assertEquals("NA-04", d.get("trace").get(0).get("rule").asText());
        assertTrue(d.get("trace").get(0).get("citation").asText().contains("民发〔2021〕57号"));
        assertEquals("national", d.get("versions").get("module").asText());
        assertEquals(12, d.get("procedure").get("reviewIntervalMonths").asInt());
    }

    @Test
    void malformedJson_is400Problem() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/determinations", "{\"region\": ");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("MALFORMED_REQUEST", json(r).get("code").asText());
        assertTrue(!r.body().contains("at com.") && !r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    @Test
    void unknownKey_is400NamingThePath() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/determinations", DIBAO.replace("\"birthDate\":\"1980-01-01\"",
                "\"birthdate\":\"1980-01-01\""));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(json(r).get("field").asText().contains("birthdate"), r.body());
    }

    @Test
    void amountAsNumber_isAnInputError422NamingTheField() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/determinations", DIBAO.replace("\"monthly\":\"900.00\"", "\"monthly\":900"));
        assertTrue(r.statusCode() == 422 || r.statusCode() == 400, r.body());
        assertTrue(json(r).get("field").asText().contains("incomes"), r.body());
    }

    @Test
    void wrongCheckDigit_is422InvalidIdNumber() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/determinations", DIBAO.replace("\"birthDate\":\"1980-01-01\"",
                "\"idNumber\":\"110105194912310021\""));
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("INVALID_ID_NUMBER", json(r).get("code").asText());
        assertEquals("members[p1].idNumber", json(r).get("field").asText());
    }

    @Test
    void unknownRegion_is422() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/determinations", DIBAO.replace("000000", "110000"));
        assertEquals(422, r.statusCode());
        assertEquals("UNKNOWN_REGION", json(r).get("code").asText());
    }

    @Test
    void screening_listsEveryProgram() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/screenings", DIBAO.replace("\"program\":\"dibao\",", ""));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode s = json(r);
        assertEquals(9, s.get("determinations").size());
        assertEquals("dibao", s.get("eligiblePrograms").get(0).asText());
        assertEquals("medical", s.get("determinations").get(4).get("program").asText());
        assertEquals("ineligible", s.get("determinations").get(4).get("outcome").asText(), "not a recipient");
        JsonNode tekun = s.get("determinations").get(1);
        assertEquals("ineligible", tekun.get("outcome").asText(), "p1 is 44 and not disabled: no tekun standard needed");
        assertEquals("HAS_LABOR_CAPACITY", tekun.get("reasons").get(0).get("code").asText());
    }
}
