package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;

/** Issue 14 item 7: the HTTP conventions of a well-kept API. */
class HttpConventionsTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> ServerConfig.forTest(data).withDemo(true));
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TYPE_BASE = "https://relief.example/problems/";
    static final String HOUSEHOLD = "{\"label\":\"约定\",\"area\":\"411082101\",\"household\":{\"residence\":\"urban\","
            + "\"members\":[{\"id\":\"p1\",\"incomes\":[]}]}}";
    static final String DIBAO = """
            {"region":"000000","date":"2024-03-01","program":"dibao","standards":{"dibao.urban.monthly":"720"},
             "household":{"residence":"urban","members":[{"id":"p1","birthDate":"1980-01-01","incomes":[]}]}}""";

    static JsonNode problem(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().map().toString());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(code, p.path("code").asText(), r.body());
        assertEquals(status, p.path("status").asInt());
        assertEquals(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'), p.path("type").asText(),
                "one type URI per code, under the documented base");
        return p;
    }

    static HttpResponse<String> raw(String method, String path, String contentType, String token, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build());
    }

    @Test
    void aWrongMethodOnAKnownPath_is405WithAllow() throws Exception {
        HttpResponse<String> r = http.call("DELETE", "/api/v1/modules", null, null);
        problem(r, 405, "METHOD_NOT_ALLOWED");
        assertEquals("GET", r.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> h = http.call("PUT", "/api/v1/households", http.token("admin"), "{}");
        problem(h, 405, "METHOD_NOT_ALLOWED");
        assertEquals("GET, POST", h.headers().firstValue("Allow").orElse(""));
        assertEquals("DELETE, GET, PUT", http.call("POST", "/api/v1/households/1", null, "{}").headers()
                .firstValue("Allow").orElse(""));
        problem(http.call("GET", "/api/v1/no-such-thing", null, null), 404, "NOT_FOUND");
    }

    @Test
    void aBodyThatIsNotJson_is415() throws Exception {
        problem(raw("POST", "/api/v1/determinations", "text/plain", null, DIBAO.getBytes()), 415, "UNSUPPORTED_MEDIA_TYPE");
        problem(raw("POST", "/api/v1/households", "application/x-www-form-urlencoded", http.token("admin"),
                HOUSEHOLD.getBytes()), 415, "UNSUPPORTED_MEDIA_TYPE");
        problem(raw("POST", "/api/v1/determinations", "application/json; charset=latin1", null, DIBAO.getBytes()), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertEquals(200, raw("POST", "/api/v1/determinations", "application/json; charset=UTF-8", null, DIBAO.getBytes())
                .statusCode());
    }

    @Test
    void anEmptyBody_saysSo() throws Exception {
        for (String[] route : new String[][] {{"/api/v1/determinations", null}, {"/api/v1/households", "admin"},
                {"/api/v1/standards", "admin"}, {"/api/v1/users", "admin"}}) {
            JsonNode p = problem(raw("POST", route[0], "application/json", route[1] == null ? null : http.token(route[1]),
                    new byte[0]), 400, "MALFORMED_REQUEST");
            assertTrue(p.path("detailEn").asText().contains("empty body"), p.toString());
            assertFalse(p.toString().contains("MISSING"), p.toString());
        }
    }

    @Test
    void aBodyTooLarge_is413StatingTheLimit_inBothLanguages_andTheDocs() throws Exception {
        byte[] big = ("{\"label\":\"" + "x".repeat(1_100_000) + "\"}").getBytes();
        // Jetty answers 413 from the Content-Length and closes the connection; a client still writing the body can
        // see the close before the answer ("header parser received no bytes"). That race is the client's, not the
        // server's: a few attempts, and the answer read must be the 413 problem.
        HttpResponse<String> answer = null;
        for (int attempt = 0; answer == null && attempt < 5; attempt++) {
            try {
                answer = raw("POST", "/api/v1/determinations", "application/json", null, big);
            } catch (java.io.UncheckedIOException e) {
                Thread.sleep(100);
            }
        }
        assertTrue(answer != null, "no answer to an oversized body in 5 attempts");
        JsonNode p = problem(answer, 413, "PAYLOAD_TOO_LARGE");
        assertTrue(p.path("detail").asText().contains("1 MiB") && p.path("detail").asText().contains("1048576"), p.toString());
        assertTrue(p.path("detailEn").asText().contains("1 MiB (1048576 bytes)"), p.toString());
        assertTrue(Files.readString(Path.of("../README.md")).contains("1 MiB"), "README states the limit");
        String openApi = http.get("/openapi.json").body();
        assertTrue(openApi.contains("1 MiB") && openApi.contains("413"), "the OpenAPI states the limit");
    }

    @Test
    void everyJsonAnswer_saysCharsetUtf8() {
        String admin = http.token("admin");
        List<HttpResponse<String>> answers = new ArrayList<>(List.of(http.get("/health"), http.get("/openapi.json"),
                http.get("/api/v1/modules"), http.get("/api/v1/standards?code=371502&date=2024-06-01"),
                http.get("/api/v1/standards/history"), http.post("/api/v1/determinations", DIBAO),
                http.call("GET", "/api/v1/households", admin, null), http.call("GET", "/api/v1/households/1", admin, null),
                http.call("GET", "/api/v1/audit", admin, null), http.call("GET", "/api/v1/audit/verify", admin, null),
                http.get("/api/v1/nothing"), http.get("/")));
        for (HttpResponse<String> r : answers) {
            String ct = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(ct.toLowerCase(Locale.ROOT).replace(" ", "").contains("json;charset=utf-8"),
                    r.request().uri() + " " + ct);
        }
    }

    @Test
    void theRoot_pointsToTheOpenApiAndTheConsole() throws Exception {
        HttpResponse<String> r = http.get("/");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode root = JSON.readTree(r.body());
        assertEquals("/openapi.json", root.path("openapi").asText());
        assertEquals("/console/", root.path("console").asText());
    }

    @Test
    void theEnglishOfA403_hasNoChineseActionName() throws Exception {
        String auditor = http.token("auditor-xuchang");
        List<HttpResponse<String>> forbidden = List.of(http.call("POST", "/api/v1/households", auditor, HOUSEHOLD),
                http.call("POST", "/api/v1/users", auditor, "{\"name\":\"abc\",\"role\":\"auditor\",\"jurisdiction\":\"411000\"}"),
                http.call("GET", "/api/v1/households", auditor, null),
                http.call("DELETE", "/api/v1/households/1", http.token("assistant-changge"), null));
        for (HttpResponse<String> r : forbidden) {
            JsonNode p = problem(r, 403, "FORBIDDEN");
            assertFalse(p.path("detailEn").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), p.toString());
            assertTrue(p.path("detail").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), p.toString());
        }
    }

    @Test
    void aWrongJsonType_is400WhateverTheField_anInvalidValue422() throws Exception {
        String admin = http.token("admin");
        Map<String, String> wrongType = new HashMap<>();
        wrongType.put("label", HOUSEHOLD.replace("\"约定\"", "5"));
        wrongType.put("area", HOUSEHOLD.replace("\"411082101\"", "411082101"));
        wrongType.put("household", HOUSEHOLD.replace("{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"incomes\":[]}]}",
                "\"x\""));
        wrongType.put("household.residence", HOUSEHOLD.replace("\"urban\"", "true"));
        for (Map.Entry<String, String> e : wrongType.entrySet()) {
            JsonNode p = problem(http.call("POST", "/api/v1/households", admin, e.getValue()), 400, "MALFORMED_REQUEST");
            assertEquals(e.getKey(), p.path("field").asText(), p.toString());
        }
        JsonNode invalid = problem(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("411082101", "4110821")),
                422, "INVALID_INPUT");
        assertEquals("area", invalid.path("field").asText());
        JsonNode version = problem(http.call("PUT", "/api/v1/households/1", admin, HOUSEHOLD.replace("{\"label\"",
                "{\"version\":\"1\",\"label\"")), 400, "MALFORMED_REQUEST");
        assertEquals("version", version.path("field").asText());
        JsonNode date = problem(http.post("/api/v1/determinations", DIBAO.replace("\"2024-03-01\"", "20240301")), 400,
                "MALFORMED_REQUEST");
        assertEquals("date", date.path("field").asText());
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("400") && readme.contains("422") && readme.contains(TYPE_BASE), "README documents the rule");
    }
}
