package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;

class ReadApiTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(ServerConfig::forTest);
    static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void health() throws Exception {
        HttpResponse<String> r = http.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("UP", json(r).get("status").asText());
    }

    @Test
    void modules_listTheNationalBaselineWithItsCatalogue() throws Exception {
        JsonNode modules = json(http.get("/api/v1/modules"));
        JsonNode national = modules.get(0);
        assertEquals("national", national.get("id").asText());
        assertEquals("000000", national.get("adminCodes").get(0).asText());
        assertEquals("2014-05-01", national.get("validFrom").asText());
        assertTrue(national.get("rules").toString().contains("国务院令第649号 第九条"), national.toString());
    }

    @Test
    void standards_inForceWithProvenance() throws Exception {
        JsonNode s = json(http.get("/api/v1/standards?code=000000&date=2024-03-01"));
        assertEquals("lowIncome.multiplier", s.get("standards").get(0).get("key").asText());
        assertEquals("1.5", s.get("standards").get(0).get("value").asText());
        assertFalse(s.get("standards").get(0).get("source").asText().isEmpty());
    }

    @Test
    void standards_badParameters_are422ProblemsNamingTheField() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/standards?code=4110&date=2024-03-01");
        assertEquals(422, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("code", json(r).get("field").asText());
        assertEquals("INVALID_INPUT", json(r).get("code").asText());
        HttpResponse<String> d = http.get("/api/v1/standards?code=000000&date=2024-02-30");
        assertEquals("date", json(d).get("field").asText());
        HttpResponse<String> u = http.get("/api/v1/standards?code=110000&date=2024-02-03");
        assertEquals("UNKNOWN_REGION", json(u).get("code").asText());
    }

    @Test
    void unknownRoute_is404ProblemJson() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/nothing-here");
        assertEquals(404, r.statusCode());
        assertEquals("NOT_FOUND", json(r).get("code").asText());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
