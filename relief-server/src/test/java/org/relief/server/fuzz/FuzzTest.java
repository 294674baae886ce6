package org.relief.server.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.StoreCounts;
import org.relief.server.http.Route;

/**
 * Issue 15's bounded fuzz test, in {@code mvn verify}: {@value #REQUESTS} hostile requests generated
 * from a fixed seed, round-robin over every route of the route table — a valid request with one
 * thing broken (a body replaced, a field given a value no field accepts, a hostile id or query, a
 * missing, forged or powerless token, a wrong Content-Type, a wrong method). Asserts: no 5xx; every
 * 4xx problem JSON with its code and the code's type URI; no write acknowledged, nothing stored;
 * the audit chain verifies afterwards.
 */
class FuzzTest {
    static final int REQUESTS = 2400;
    static final long SEED = 20261201L;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TYPE_BASE = "https://relief.example/problems/";

    /** Values no field of any body accepts: wrong JSON types, a lone surrogate, a string longer than any field. */
    static final List<Supplier<JsonNode>> POISON = List.of(
            () -> JSON.nullNode(), () -> JSON.getNodeFactory().booleanNode(true), () -> JSON.getNodeFactory().numberNode(12345),
            () -> JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1.5")),
            () -> JSON.createArrayNode().add("x"), () -> JSON.createObjectNode().put("zz", 1),
            () -> JSON.getNodeFactory().textNode("\ud800"), () -> JSON.getNodeFactory().textNode("A".repeat(5000)),
            () -> JSON.getNodeFactory().numberNode(new java.math.BigInteger("9".repeat(400))));
    static final List<String> BAD_BODIES = List.of("null", "[]", "\"x\"", "1", "true", "{}", "", "   ", "{", "{\"a\":1}{",
            "{\"a\":1,\"a\":2}", "[".repeat(3000), "{\"label\":\"\\ud800\"}", "\u00ef\u00bb\u00bf{\"x\"", "{'a':1}",
            "{\"a\":01}", "{\"a\":NaN}");
    static final List<String> BAD_IDS = List.of("%EF%BC%91", "+1", "01", "0", "-1", "1.0", "1e0", "99999999999999999999",
            "%00", "%zz", "%ff", "%u0031", "1%20", "%E0%A5%A7", "%C0%AF", "%ED%A0%80", "..%2F..", "A".repeat(300), "%");
    static final List<String> BAD_QUERIES = List.of("page=21474838&size=100", "page=0", "page=-1", "size=0", "size=abc",
            "size=101", "page=%EF%BC%91", "code=%25", "code=4110%25", "code=99", "date=0000-06-15", "date=2024-02-30",
            "date=x", "code=411082&date=10000-01-01", "before=0", "before=%EF%BC%91", "before=1e3", "area=abc",
            "key=" + "k".repeat(200), "code=%ff", "%zz=1");
    static final List<String> BAD_TOKENS = List.of("", "Bearer", "Bearer ", "Bearer rlf_forged", "Basic YWRtaW46YWRtaW4=",
            "Bearer " + "x".repeat(600), "bearer\tx");

    @Test
    void hostileRequests_noServerError_problemJsonEverywhere_nothingStored(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(ServerConfig.forTest(dir.resolve("data")).withDemo(true))) {
            Fuzz fuzz = new Fuzz(http);
            List<String> untemplated = http.server().web().table().routes().stream()
                    .filter(r -> !r.method().name().equals("GET") && !r.method().name().equals("DELETE"))
                    .filter(r -> r.path().equals("/api/v1/users/{name}/token") ? false : !fuzz.templates.containsKey(r.key()))
                    .map(Route::key).toList();
            assertEquals(List.of(), untemplated, "a route that takes a body needs its template here");
            Map<String, Long> before = StoreCounts.of(http);
            Map<Integer, Integer> byStatus = new TreeMap<>();
            Map<String, Integer> byRoute = new TreeMap<>();
            Map<String, Long> millis = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            Random random = new Random(SEED);
            List<Route> routes = http.server().web().table().routes();
            for (int i = 0; i < REQUESTS; i++) {
                Route route = routes.get(i % routes.size());
                Fuzz.Request r = fuzz.hostile(route, random);
                long t0 = System.nanoTime();
                RawHttp.Response answer = RawHttp.send(http.server().port(), r.method(), r.target(), r.headers(), r.body());
                millis.merge(route.key(), (System.nanoTime() - t0) / 1_000_000, Long::sum);
                byStatus.merge(answer.status(), 1, Integer::sum);
                byRoute.merge(route.key(), 1, Integer::sum);
                String problem = check(answer, route, r);
                if (problem != null && failures.size() < 20) {
                    failures.add(i + " " + r.kind() + " " + r.method() + " " + r.target() + ": " + problem);
                }
            }
            System.out.println("fuzz: " + REQUESTS + " requests from seed " + SEED + " over " + byRoute.size()
                    + " routes, by status " + byStatus + "; ms by route " + millis);
            assertEquals(List.of(), failures);
            assertEquals(routes.size(), byRoute.size(), "every route");
            assertEquals(before, StoreCounts.of(http), "nothing stored");
            JsonNode v = JSON.readTree(http.call("GET", "/api/v1/audit/verify", http.token("admin"), null).body());
            assertTrue(v.get("intact").asBoolean(), v.toString());
            assertTrue(byStatus.keySet().stream().allMatch(s -> s < 500), byStatus.toString());
        }
    }

    /** What is wrong with an answer, or null. */
    static String check(RawHttp.Response a, Route route, Fuzz.Request r) {
        if (a.status() >= 500) {
            return "server error " + a.status() + " " + a.body();
        }
        if (a.status() < 300) {
            return Fuzz.writes(route) && !r.kind().equals("method") ? "a hostile write was acknowledged: " + a.body() : null;
        }
        if (!a.header("content-type").startsWith("application/problem+json")) {
            return "not problem JSON: " + a.status() + " " + a.header("content-type") + " " + a.body();
        }
        try {
            JsonNode p = JSON.readTree(a.body());
            String code = p.path("code").asText();
            if (code.isEmpty() || p.path("status").asInt() != a.status()
                    || !p.path("type").asText().equals(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'))) {
                return "problem without its code, status or type: " + a.body();
            }
        } catch (Exception e) {
            return "problem body is not JSON: " + a.body();
        }
        return null;
    }

    /** The request generator: a valid request per route, and one thing broken. */
    static final class Fuzz {
        record Request(String kind, String method, String target, Map<String, String> headers, byte[] body) {
        }

        private final String admin;
        private final String auditor;
        private final Map<String, String> templates = new HashMap<>();
        private final Map<String, List<String>> allowed = new HashMap<>();

        Fuzz(ServerHarness http) {
            for (Route r : http.server().web().table().routes()) {
                allowed.computeIfAbsent(r.path(), p -> new ArrayList<>()).add(r.method().name());
            }
            admin = http.token("admin");
            auditor = http.token("auditor-xuchang");
            String household = "{\"residence\":\"urban\",\"assets\":{\"financial\":\"100.00\"},\"members\":[{\"id\":\"p1\","
                    + "\"idNumber\":\"411082196001011238\",\"relation\":\"head\",\"laborCapacity\":\"partial\","
                    + "\"selfCareItemsFailed\":1,\"disability\":{\"grade\":2,\"kind\":\"physical\"},"
                    + "\"incomes\":[{\"kind\":\"wage\",\"monthly\":\"800.00\"}]},{\"id\":\"p2\",\"birthDate\":\"2012-05-01\","
                    + "\"incomes\":[]}]}";
            String input = "{\"label\":\"模糊\",\"area\":\"411082101\",\"household\":" + household + "}";
            String request = "{\"region\":\"411082\",\"date\":\"2024-06-01\",\"program\":\"dibao\",\"standards\":"
                    + "{\"dibao.urban.monthly\":\"700\"},\"household\":" + household + ",\"application\":{\"channel\":\"online\"},"
                    + "\"event\":{\"kind\":\"accident\",\"requested\":\"500\"},\"history\":[{\"program\":\"temporary\","
                    + "\"date\":\"2024-01-10\",\"amount\":\"300.00\"}]}";
            templates.put("POST /api/v1/standards", "{\"key\":\"dibao.urban.monthly\",\"area\":\"411000\","
                    + "\"effectiveFrom\":\"2025-01-01\",\"until\":\"2025-12-31\",\"value\":\"700\",\"unit\":\"monthly\","
                    + "\"documentNumber\":\"许民〔2025〕1号\",\"issuer\":\"许昌市民政局\",\"published\":\"2024-12-01\","
                    + "\"source\":\"fuzz\"}");
            templates.put("POST /api/v1/determinations", request);
            templates.put("POST /api/v1/screenings", request);
            templates.put("POST /api/v1/calculators/{calculator}", "{\"deathDate\":\"2024-05-20\",\"cycle\":\"quarterly\","
                    + "\"payments\":[{\"periodStart\":\"2024-04\",\"amount\":\"931.00\"}]}");
            templates.put("POST /api/v1/households", input);
            templates.put("POST /api/v1/households/bulk", "{\"items\":[" + input + "," + input + "]}");
            templates.put("PUT /api/v1/households/{id}", "{\"version\":1," + input.substring(1));
            templates.put("POST /api/v1/households/{id}/determinations", "{\"date\":\"2024-06-01\",\"program\":\"dibao\","
                    + "\"standards\":{\"dibao.urban.monthly\":\"700\"}}");
            templates.put("POST /api/v1/users", "{\"name\":\"fuzz-user\",\"role\":\"auditor\",\"jurisdiction\":\"411000\"}");
            // The case lifecycle (issue 20): one applied case to take steps on, made before the counts are taken.
            String apply = "{\"reference\":\"fuzz\",\"date\":\"2024-03-01\",\"region\":\"411082\",\"program\":\"dibao\","
                    + "\"application\":{\"consent\":true,\"channel\":\"online\"},\"household\":" + household + "}";
            templates.put("POST /api/v1/cases", apply);
            HttpResponse<String> opened = http.call("POST", "/api/v1/cases", admin, apply);
            if (opened.statusCode() != 201) {
                throw new IllegalStateException(opened.body());
            }
            caseId = opened.body().replaceAll("(?s).*\"id\":\"([0-9]+)\".*", "$1");
            templates.put("POST /api/v1/cases/{id}/steps", "{\"do\":\"survey\",\"date\":\"2024-03-06\",\"surveyors\":2}");
            // a submission (submit defaults to true): every poisoned field must refuse it
            templates.put("POST /api/v1/rosters", "{\"date\":\"2024-06-03\",\"region\":\"411082\",\"month\":\"2024-05\"}");
            templates.put("POST /api/v1/roster-runs", "{\"region\":\"411082\",\"month\":\"2024-05\",\"date\":\"2024-06-03\"}");
            templates.put("POST /api/v1/price-indices", "{\"region\":\"410000\",\"month\":\"2024-07\",\"cpi\":\"2.0\","
                    + "\"foodCpi\":\"1.5\"}");
            templates.put("POST /api/v1/grants", "{\"date\":\"2024-03-06\",\"region\":\"411082\",\"program\":\"temporary\","
                    + "\"household\":{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"relation\":\"head\","
                    + "\"idNumber\":\"411082198001010015\",\"birthDate\":\"1980-01-01\",\"incomes\":[]}]},"
                    + "\"event\":{\"kind\":\"accident\",\"type\":\"expenditure\",\"requested\":\"100.00\",\"member\":\"p1\"}}");
            // without the optional "cases" (a null there means absent: a valid draw), so that every poisoned field refuses it
            templates.put("POST /api/v1/samples", "{\"date\":\"2024-04-01\",\"region\":\"341102\",\"month\":\"2024-03\","
                    + "\"seed\":\"fuzz\"}");
        }

        /** The case the step route is fuzzed on. */
        private final String caseId;

        /** Routes that change the store when they succeed. */
        static boolean writes(Route r) {
            return !r.method().name().equals("GET") && !r.path().endsWith("determinations") && !r.path().endsWith("screenings")
                    && !r.path().startsWith("/api/v1/calculators/");
        }

        Request hostile(Route route, Random random) throws Exception {
            String body = templates.get(route.key());
            List<String> kinds = new ArrayList<>(List.of("token", "method"));
            if (body != null) {
                kinds.addAll(List.of("body", "field", "field", "field", "contentType"));
            }
            if (route.path().contains("{")) {
                kinds.addAll(List.of("id", "id"));
            }
            if (route.method().name().equals("GET")) {
                kinds.addAll(List.of("query", "query"));
            }
            if (route.access().isOpen() && !writes(route)) {
                kinds.remove("token"); // an open route answers anyone
            }
            String kind = kinds.get(random.nextInt(kinds.size()));
            String path = route.path().replace("/cases/{id}", "/cases/" + caseId).replace("{id}", "3")
                    .replace("{name}", "auditor-xuchang").replace("{file}", "app.js").replace("{county}", "411082")
                    .replace("{month}", "2024-05").replace("{calculator}", "xuchang-death-payment");
            Map<String, String> headers = new LinkedHashMap<>();
            if (!route.access().isOpen()) {
                headers.put("Authorization", "Bearer " + admin);
            }
            byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
            if (bytes != null) {
                headers.put("Content-Type", "application/json");
            }
            String method = route.method().name();
            switch (kind) {
                case "token" -> {
                    String t = random.nextInt(4) == 0 ? "Bearer " + auditor : pick(BAD_TOKENS, random);
                    if (route.access().allows(org.relief.server.security.Role.AUDITOR)) {
                        t = pick(BAD_TOKENS, random);
                    }
                    if (t.isEmpty()) {
                        headers.remove("Authorization");
                    } else {
                        headers.put("Authorization", t);
                    }
                }
                case "method" -> {
                    // A method no route of this path has (405): never another route's write.
                    List<String> other = new ArrayList<>(List.of("PATCH", "PUT", "DELETE", "POST", "TRACE", "GET"));
                    other.removeIf(m -> allowed.get(route.path()).contains(m));
                    method = pick(other, random);
                }
                case "body" -> bytes = pick(BAD_BODIES, random).getBytes(StandardCharsets.UTF_8);
                case "field" -> bytes = poisonOneField(body, random);
                case "contentType" -> {
                    String ct = pick(List.of("text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1",
                            "application/xml", "multipart/form-data; boundary=x", ""), random);
                    if (ct.isEmpty()) {
                        headers.remove("Content-Type");
                    } else {
                        headers.put("Content-Type", ct);
                    }
                }
                case "id" -> path = route.path().replace("{id}", pick(BAD_IDS, random)).replace("{name}", pick(BAD_IDS, random))
                        .replace("{file}", pick(BAD_IDS, random)).replace("{county}", pick(BAD_IDS, random))
                        .replace("{month}", pick(BAD_IDS, random)).replace("{calculator}", pick(BAD_IDS, random));
                case "query" -> path = path + "?" + pick(BAD_QUERIES, random);
                default -> throw new IllegalStateException(kind);
            }
            if (kind.equals("method") && !method.equals("POST") && !method.equals("PUT")) {
                headers.remove("Content-Type");
                bytes = method.equals("GET") || method.equals("DELETE") || method.equals("TRACE") ? null : bytes;
            }
            if (bytes == null) {
                headers.remove("Content-Type");
            }
            return new Request(kind, method, path, headers, bytes);
        }

        /** The template with one value (anywhere in it) replaced by a value no field accepts. */
        private static byte[] poisonOneField(String template, Random random) throws Exception {
            JsonNode doc = JSON.readTree(template);
            List<Object[]> slots = new ArrayList<>();
            collect(doc, slots);
            Object[] slot = slots.get(random.nextInt(slots.size()));
            JsonNode poison = POISON.get(random.nextInt(POISON.size())).get();
            if (slot[0] instanceof ObjectNode o) {
                o.set((String) slot[1], poison);
            } else {
                ((ArrayNode) slot[0]).set((Integer) slot[1], poison);
            }
            return JSON.writeValueAsBytes(doc);
        }

        private static void collect(JsonNode node, List<Object[]> slots) {
            if (node instanceof ObjectNode o) {
                o.fieldNames().forEachRemaining(k -> {
                    slots.add(new Object[] {o, k});
                    collect(o.get(k), slots);
                });
            } else if (node instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    slots.add(new Object[] {a, i});
                    collect(a.get(i), slots);
                }
            }
        }

        private static <T> T pick(List<T> list, Random random) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
