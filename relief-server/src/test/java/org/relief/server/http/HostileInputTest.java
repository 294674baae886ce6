package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.StoreCounts;

/** Issue 15 items 1–9 and 11: no 500 on any input, strict and bounded reading, nothing stored on error. */
class HostileInputTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> ServerConfig.forTest(data).withDemo(true)
            .withLimits(Duration.ofSeconds(1), ServerConfig.DEFAULT_MAX_REQUESTS));
    static final ObjectMapper JSON = new ObjectMapper();
    static String admin;
    static final String HOUSEHOLD = "{\"label\":\"敌意\",\"area\":\"411082101\",\"household\":{\"residence\":\"urban\","
            + "\"members\":[{\"id\":\"p1\",\"birthDate\":\"1980-01-01\",\"incomes\":[{\"kind\":\"wage\",\"monthly\":\"800.00\"}]}]}}";
    static final String PUBLICATION = "{\"key\":\"dibao.urban.monthly\",\"area\":\"411000\",\"effectiveFrom\":\"2025-01-01\","
            + "\"value\":\"700\",\"unit\":\"monthly\",\"documentNumber\":\"许民〔2025〕1号\",\"issuer\":\"许昌市民政局\","
            + "\"published\":\"2024-12-01\"}";

    @BeforeAll
    static void start() {
        admin = http.token("admin");
    }

    static Map<String, Long> stored() {
        return StoreCounts.of(http);
    }

    static JsonNode problem(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.request().method() + " " + r.request().uri() + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(code, p.path("code").asText(), r.body());
        return p;
    }

    static JsonNode field(HttpResponse<String> r, int status, String field) throws Exception {
        JsonNode p = problem(r, status, status == 400 ? "MALFORMED_REQUEST" : "INVALID_INPUT");
        assertEquals(field, p.path("field").asText(), r.body());
        return p;
    }

    @Test
    void item1_aJsonNullBody_is400_onEveryBodyRoute() throws Exception {
        Map<String, Long> before = stored();
        for (String[] r : new String[][] {{"POST", "/api/v1/households"}, {"PUT", "/api/v1/households/1"},
                {"POST", "/api/v1/households/bulk"}, {"POST", "/api/v1/standards"}, {"POST", "/api/v1/users"},
                {"POST", "/api/v1/households/1/determinations"}, {"POST", "/api/v1/determinations"},
                {"POST", "/api/v1/screenings"}}) {
            problem(http.call(r[0], r[1], admin, "null"), 400, "MALFORMED_REQUEST");
            problem(http.call(r[0], r[1], admin, "[]"), 400, "MALFORMED_REQUEST");
        }
        problem(http.call("POST", "/api/v1/households/bulk", admin, "{\"items\":[null]}"), 400, "MALFORMED_REQUEST");
        assertEquals(before, stored());
    }

    @Test
    void item2_pagingIsBounded_422NamingTheParameter() throws Exception {
        field(http.call("GET", "/api/v1/households?page=21474838&size=100", admin, null), 422, "page");
        field(http.call("GET", "/api/v1/households?page=0", admin, null), 422, "page");
        field(http.call("GET", "/api/v1/households?size=101", admin, null), 422, "size");
        field(http.call("GET", "/api/v1/households?page=%EF%BC%91", admin, null), 422, "page");
        field(http.call("GET", "/api/v1/audit?size=0", admin, null), 422, "size");
    }

    @Test
    void item3_standardsFieldsAreBoundedBeforeStorage() throws Exception {
        Map<String, Long> before = stored();
        String idLike = "411082196001011238";
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("dibao.urban.monthly",
                "dibao." + "x".repeat(130))), 422, "key");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("许民〔2025〕1号", "文".repeat(201))), 422,
                "documentNumber");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("许昌市民政局", idLike + "局".repeat(200))), 422,
                "issuer");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("}", ",\"source\":\"" + "s".repeat(501) + "\"}")),
                422, "source");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("2025-01-01", "10000-01-01")), 422,
                "effectiveFrom");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("2024-12-01", "2024-12-01T00:00")), 422,
                "published");
        assertEquals(before, stored());
    }

    @Test
    void item4_yearsOutside1900To2200_areRefusedEverywhere() throws Exception {
        Map<String, Long> before = stored();
        field(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("1980-01-01", "0000-06-15")), 422,
                "members[p1].birthDate");
        field(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("1980-01-01", "1899-12-31")), 422,
                "members[p1].birthDate");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("2025-01-01", "2201-01-01")), 422,
                "effectiveFrom");
        field(http.get("/api/v1/standards?code=411082&date=0000-06-15"), 422, "date");
        field(http.call("POST", "/api/v1/households/1/determinations", admin,
                "{\"date\":\"0001-01-01\",\"program\":\"dibao\"}"), 422, "date");
        assertEquals(before, stored());
    }

    @Test
    void item5_badPercentEncodings_areProblemJson() throws Exception {
        for (String bad : List.of("%u0031", "%00", "%zz", "%ff", "%C0%AF", "a%2", "%", "%ED%A0%80")) {
            String answer = http.raw("GET /api/v1/households/" + bad + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + admin + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 404"), bad + ": " + answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                    bad + ": " + answer);
            JsonNode p = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertFalse(p.path("code").asText().isEmpty(), answer);
        }
    }

    @Test
    void item5_aStalledUpload_isA408ProblemJson() throws Exception {
        try (Socket s = new Socket("127.0.0.1", http.server().port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/determinations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"region\":").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("\"REQUEST_TIMEOUT\""), answer);
        }
    }

    @Test
    void item6_onlyCanonicalIdsAddressARecord() throws Exception {
        Map<String, Long> before = stored();
        for (String id : List.of("%EF%BC%91", "+1", "01", "0001", "1.0", "-1", "0", "1e0", "%E0%A5%A7", "1234567890123456789")) {
            problem(http.call("DELETE", "/api/v1/households/" + id, admin, null), 404, "NOT_FOUND");
            problem(http.call("GET", "/api/v1/households/" + id, admin, null), 404, "NOT_FOUND");
        }
        assertEquals(before, stored(), "nothing deleted through a non-canonical id");
        assertEquals(200, http.call("GET", "/api/v1/households/1", admin, null).statusCode());
    }

    @Test
    void item7_wrongJsonTypesAreNeverCoerced() throws Exception {
        Map<String, Long> before = stored();
        HttpResponse<String> read = http.call("GET", "/api/v1/households/2", admin, null);
        JsonNode h = JSON.readTree(read.body());
        String put = "{\"version\":%s,\"label\":\"改\",\"area\":\"" + h.get("area").asText() + "\",\"household\":"
                + h.get("household") + "}";
        field(http.call("PUT", "/api/v1/households/2", admin, put.formatted("1.5")), 400, "version");
        field(http.call("PUT", "/api/v1/households/2", admin, put.formatted("\"1\"")), 400, "version");
        field(http.call("PUT", "/api/v1/households/2", admin, put.formatted("true")), 400, "version");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("\"dibao.urban.monthly\"", "true")), 400, "key");
        // An amount as a JSON number is an input error (422), as in the case format.
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("\"700\"", "700")), 422, "value");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("\"411000\"", "411000")), 400, "area");
        field(http.call("POST", "/api/v1/users", admin, "{\"name\":123,\"role\":\"auditor\",\"jurisdiction\":\"411000\"}"), 400,
                "name");
        field(http.call("POST", "/api/v1/households/1/determinations", admin, "{\"date\":20240601,\"program\":\"dibao\"}"),
                400, "date");
        field(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("\"敌意\"", "[\"敌意\"]")), 400, "label");
        field(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("{\"label\"", "{\"lable\":\"x\",\"label\"")),
                400, "lable");
        assertEquals(before, stored());
    }

    @Test
    void item8_aLoneSurrogate_is422_notStoredAsAQuestionMark() throws Exception {
        Map<String, Long> before = stored();
        field(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("敌意", "敌\\ud800意")), 422, "label");
        field(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("\"p1\"", "\"p\\udc00\"")), 422,
                "household.members[0].id");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("许昌市民政局", "\\udbff")), 422, "issuer");
        assertEquals(before, stored());
    }

    @Test
    void item9_concurrentCreationOfOneUserName_isOne201AndThe409s() throws Exception {
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return http.call("POST", "/api/v1/users", admin,
                        "{\"name\":\"same-name\",\"role\":\"auditor\",\"jurisdiction\":\"411000\"}");
            }));
        }
        go.countDown();
        int created = 0;
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 201) {
                created++;
            } else {
                JsonNode p = problem(r, 409, "NAME_TAKEN");
                assertEquals("name", p.path("field").asText());
            }
        }
        pool.shutdown();
        assertEquals(1, created);
    }

    @Test
    void item11_amountsAreBoundedAtTheReader_beforeAnyArithmetic() throws Exception {
        Map<String, Long> before = stored();
        String huge = "9".repeat(900_000);
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.post("/api/v1/determinations", """
                {"region":"000000","date":"2024-03-01","program":"dibao","standards":{"dibao.urban.monthly":"720"},
                 "household":{"residence":"urban","members":[{"id":"p1","birthDate":"1980-01-01",
                 "incomes":[{"kind":"wage","monthly":"%s"}]}]}}""".formatted(huge));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "answered at once");
        JsonNode p = field(r, 422, "members[p1].incomes[0].monthly");
        assertTrue(r.body().length() < 2000, "the answer does not echo the input: " + r.body().length());
        assertTrue(p.path("detailEn").asText().contains("12 integer digits"), p.toString());
        field(http.post("/api/v1/determinations", """
                {"region":"000000","date":"2024-03-01","program":"dibao","standards":{"dibao.urban.monthly":"1234567890123"},
                 "household":{"residence":"urban","members":[{"id":"p1","birthDate":"1980-01-01","incomes":[]}]}}"""), 422,
                "standards.dibao.urban.monthly");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("\"700\"", "\"1234567890123\"")), 422, "value");
        field(http.call("POST", "/api/v1/standards", admin, PUBLICATION.replace("\"700\"", "\"700.001\"")), 422, "value");
        field(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("800.00", "1" + "0".repeat(12))), 422,
                "members[p1].incomes[0].monthly");
        field(http.call("POST", "/api/v1/households", admin, HOUSEHOLD.replace("\"敌意\"", "\"" + "长".repeat(5000) + "\"")),
                422, "label");
        assertEquals(before, stored());
    }

    @Test
    void aValidRequestStillWorks() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/households"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HOUSEHOLD)).build());
        assertEquals(201, r.statusCode(), r.body());
    }
}
