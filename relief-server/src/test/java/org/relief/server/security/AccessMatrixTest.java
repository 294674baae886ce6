package org.relief.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.http.Route;

/**
 * Issue 15's role × endpoint × jurisdiction matrix, generated from the route table: every route is
 * called by an anonymous caller and by each role from inside (411082, where the records are) and
 * from outside (141000), and the status must be the one this table expects. A route of the table
 * without an entry here fails the test, and so does an entry for a route that does not exist.
 */
class AccessMatrixTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> ServerConfig.forTest(data).withDemo(true));
    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger SEQ = new AtomicInteger();
    static String root;
    static String rosterRun;
    static final Map<Role, String> INSIDE = new EnumMap<>(Role.class);
    static final Map<Role, String> OUTSIDE = new EnumMap<>(Role.class);
    static final String HOUSEHOLD = "{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"birthDate\":\"1980-01-01\","
            + "\"incomes\":[]}]}";

    /** A call: method, path, body. */
    record Call(String method, String path, String body) {
    }

    /**
     * What a route answers: {@code open} for everybody; else the status of a permitted role inside
     * and outside, the roles permitted, and the status of the others (403, or 404 when it is about
     * a record the caller cannot see).
     */
    record Expect(Integer open, List<Role> permitted, int inside, int outside) {
        static Expect open(int status) {
            return new Expect(status, List.of(), 0, 0);
        }

        static Expect roles(int inside, int outside, Role... permitted) {
            return new Expect(null, List.of(permitted), inside, outside);
        }

        int status(Role role, boolean in) {
            if (open != null) {
                return open;
            }
            if (role == null) {
                return 401;
            }
            return permitted.contains(role) ? (in ? inside : outside) : 403;
        }
    }

    record Probe(Function<Role, Call> call, Expect expect) {
    }

    static final Role VA = Role.VILLAGE_ASSISTANT;
    static final Role TR = Role.TOWNSHIP_REVIEWER;
    static final Role CA = Role.COUNTY_APPROVER;
    static final Role AU = Role.AUDITOR;
    static final Role AD = Role.ADMIN;
    static final Role PA = Role.PROVINCE_ADMIN;

    static Map<String, Probe> table() {
        Map<String, Probe> t = new LinkedHashMap<>();
        t.put("GET /", new Probe(r -> new Call("GET", "/", null), Expect.open(200)));
        t.put("GET /health", new Probe(r -> new Call("GET", "/health", null), Expect.open(200)));
        t.put("GET /openapi.json", new Probe(r -> new Call("GET", "/openapi.json", null), Expect.open(200)));
        t.put("GET /console/", new Probe(r -> new Call("GET", "/console/", null), Expect.open(200)));
        t.put("GET /console/{file}", new Probe(r -> new Call("GET", "/console/app.js", null), Expect.open(200)));
        t.put("GET /api/v1/modules", new Probe(r -> new Call("GET", "/api/v1/modules", null), Expect.open(200)));
        t.put("GET /api/v1/standards", new Probe(r -> new Call("GET", "/api/v1/standards?code=411082&date=2024-06-01", null),
                Expect.open(200)));
        t.put("GET /api/v1/standards/history", new Probe(r -> new Call("GET", "/api/v1/standards/history", null),
                Expect.open(200)));
        t.put("POST /api/v1/standards", new Probe(r -> new Call("POST", "/api/v1/standards", "{\"key\":\"dibao.urban.monthly\","
                + "\"area\":\"411082\",\"effectiveFrom\":\"2030-01-01\",\"value\":\"700\",\"unit\":\"monthly\","
                + "\"documentNumber\":\"矩阵\",\"issuer\":\"矩阵\",\"published\":\"2029-12-01\"}"), Expect.roles(201, 403, CA, AD)));
        t.put("POST /api/v1/determinations", new Probe(r -> new Call("POST", "/api/v1/determinations", "{\"region\":\"000000\","
                + "\"date\":\"2024-03-01\",\"program\":\"housing\",\"household\":" + HOUSEHOLD + "}"), Expect.open(200)));
        t.put("POST /api/v1/screenings", new Probe(r -> new Call("POST", "/api/v1/screenings", "{\"region\":\"000000\","
                + "\"date\":\"2024-03-01\",\"household\":" + HOUSEHOLD + "}"), Expect.open(200)));
        t.put("GET /api/v1/calculators", new Probe(r -> new Call("GET", "/api/v1/calculators", null), Expect.open(200)));
        t.put("POST /api/v1/calculators/{calculator}", new Probe(r -> new Call("POST", "/api/v1/calculators/anhui-assistants",
                "{\"registeredResidents\":6000}"), Expect.open(200)));
        t.put("GET /api/v1/households", new Probe(r -> new Call("GET", "/api/v1/households", null),
                Expect.roles(200, 200, VA, TR, CA, AD)));
        t.put("POST /api/v1/households", new Probe(r -> new Call("POST", "/api/v1/households", householdInput()),
                Expect.roles(201, 403, VA, TR, CA, AD)));
        t.put("POST /api/v1/households/bulk", new Probe(r -> new Call("POST", "/api/v1/households/bulk", "{\"items\":["
                + householdInput() + "]}"), Expect.roles(201, 403, VA, TR, CA, AD)));
        t.put("GET /api/v1/households/{id}", new Probe(r -> new Call("GET", "/api/v1/households/" + household(), null),
                Expect.roles(200, 404, VA, TR, CA, AU, AD)));
        t.put("PUT /api/v1/households/{id}", new Probe(r -> new Call("PUT", "/api/v1/households/" + household(),
                "{\"version\":1," + householdInput().substring(1)), Expect.roles(200, 404, VA, TR, CA, AD)));
        t.put("DELETE /api/v1/households/{id}", new Probe(r -> new Call("DELETE", "/api/v1/households/" + household(), null),
                Expect.roles(204, 404, TR, CA, AD)));
        t.put("POST /api/v1/households/{id}/determinations", new Probe(r -> new Call("POST", "/api/v1/households/"
                + household() + "/determinations", "{\"date\":\"2024-06-01\",\"program\":\"housing\"}"),
                Expect.roles(200, 404, VA, TR, CA, AD)));
        t.put("POST /api/v1/users", new Probe(r -> new Call("POST", "/api/v1/users", "{\"name\":\"m-" + SEQ.incrementAndGet()
                + "\",\"role\":\"auditor\",\"jurisdiction\":\"411082\"}"), Expect.roles(201, 403, AD)));
        t.put("GET /api/v1/users", new Probe(r -> new Call("GET", "/api/v1/users", null), Expect.roles(200, 200, AD)));
        t.put("DELETE /api/v1/users/{name}", new Probe(r -> new Call("DELETE", "/api/v1/users/" + user(), null),
                Expect.roles(204, 404, AD)));
        t.put("GET /api/v1/me", new Probe(r -> new Call("GET", "/api/v1/me", null), Expect.roles(200, 200, VA, TR, CA, AU, PA, AD)));
        t.put("POST /api/v1/users/{name}/token", new Probe(r -> new Call("POST", "/api/v1/users/" + user() + "/token", null),
                Expect.roles(201, 404, AD)));
        t.put("GET /api/v1/audit", new Probe(r -> new Call("GET", "/api/v1/audit", null), Expect.roles(200, 200, AU, AD)));
        t.put("GET /api/v1/audit/verify", new Probe(r -> new Call("GET", "/api/v1/audit/verify", null),
                Expect.roles(200, 200, AU, AD)));
        // The case lifecycle (issue 20): steps by role (StepPermissions), reads within the jurisdiction.
        t.put("POST /api/v1/cases", new Probe(r -> new Call("POST", "/api/v1/cases", applyBody()),
                Expect.roles(201, 403, VA, TR, CA, AD)));
        t.put("GET /api/v1/cases", new Probe(r -> new Call("GET", "/api/v1/cases", null), Expect.roles(200, 200, VA, TR, CA, AU, AD)));
        t.put("GET /api/v1/cases/{id}", new Probe(r -> new Call("GET", "/api/v1/cases/" + openCase(), null),
                Expect.roles(200, 404, VA, TR, CA, AU, AD)));
        // accept is the township's step: the village assistant may not take it
        t.put("POST /api/v1/cases/{id}/steps", new Probe(r -> new Call("POST", "/api/v1/cases/" + openCase() + "/steps",
                "{\"do\":\"accept\",\"date\":\"2024-03-04\"}"), Expect.roles(200, 404, TR, CA, AD)));
        t.put("POST /api/v1/rosters", new Probe(r -> new Call("POST", "/api/v1/rosters",
                "{\"date\":\"2024-06-03\",\"region\":\"411082\",\"month\":\"2024-06\",\"submit\":false}"),
                Expect.roles(200, 403, TR, CA, AD)));
        t.put("GET /api/v1/rosters/{county}/{month}", new Probe(r -> new Call("GET", "/api/v1/rosters/411082/2024-05", null),
                Expect.roles(200, 404, TR, CA, AU, AD)));
        // Roster runs (issue 21 item 3): who submits a county's roster, and the city or province administrator; an
        // empty county (411082 has no case in May 2024 here) is a run of one county
        t.put("POST /api/v1/roster-runs", new Probe(r -> new Call("POST", "/api/v1/roster-runs",
                "{\"region\":\"411082\",\"month\":\"2024-05\",\"date\":\"2024-05-06\"}"), Expect.roles(202, 403, CA, PA, AD)));
        t.put("GET /api/v1/roster-runs/{id}", new Probe(r -> new Call("GET", "/api/v1/roster-runs/" + rosterRun, null),
                Expect.roles(200, 404, CA, PA, AU, AD)));
        // A province's indices: the matrix's callers sit in a county (411082) or a city (141000), which do not
        // cover a province, so even the permitted roles are refused there; province-henan and admin publish
        // below (pricesByProvince).
        t.put("POST /api/v1/price-indices", new Probe(r -> new Call("POST", "/api/v1/price-indices", prices("410000")),
                Expect.roles(403, 403, PA, AD)));
        t.put("POST /api/v1/grants", new Probe(r -> new Call("POST", "/api/v1/grants", grantBody()),
                Expect.roles(201, 403, TR, CA, AD)));
        // 许昌 has no county sample (安徽 AH-05 only): a permitted caller passes access and gets the refusal
        t.put("POST /api/v1/samples", new Probe(r -> new Call("POST", "/api/v1/samples",
                "{\"date\":\"2024-04-01\",\"region\":\"411082\",\"month\":\"2024-03\",\"seed\":\"矩阵\",\"cases\":[]}"),
                Expect.roles(422, 403, CA, AD)));
        t.put("GET /api/v1/records", new Probe(r -> new Call("GET", "/api/v1/records?county=411082", null),
                Expect.roles(200, 403, CA, AU, AD)));
        return t;
    }

    static String applyBody() {
        return "{\"reference\":\"m-" + SEQ.incrementAndGet() + "\",\"date\":\"2024-03-01\",\"region\":\"411082\","
                + "\"program\":\"dibao\",\"application\":{\"consent\":true},\"household\":" + HOUSEHOLD + "}";
    }

    /** A fresh case applied for in 411082 (by the national admin); its id. */
    static String openCase() {
        HttpResponse<String> r = http.call("POST", "/api/v1/cases", root, applyBody());
        assertEquals(201, r.statusCode(), r.body());
        return json(r).get("id").asText();
    }

    static String grantBody() {
        return "{\"date\":\"2024-03-06\",\"region\":\"411082\",\"program\":\"temporary\",\"household\":"
                + "{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"relation\":\"head\",\"idNumber\":\"411082198001010015\","
                + "\"birthDate\":\"1980-01-01\",\"incomes\":[]}]},"
                + "\"event\":{\"kind\":\"accident\",\"type\":\"expenditure\",\"requested\":\"100.00\",\"member\":\"p1\"}}";
    }

    /** Price indices of a province for a month not used before (each publication is a new month). */
    static String prices(String province) {
        int n = SEQ.incrementAndGet();
        return "{\"region\":\"" + province + "\",\"month\":\"" + (2100 + n / 12) + "-" + String.format("%02d", 1 + n % 12)
                + "\",\"cpi\":\"2.0\",\"foodCpi\":\"1.5\"}";
    }

    @Test
    void pricesByProvince() {
        assertEquals(201, http.call("POST", "/api/v1/price-indices", http.token("province-henan"), prices("410000")).statusCode());
        assertEquals(201, http.call("POST", "/api/v1/price-indices", root, prices("410000")).statusCode());
        assertEquals(403, http.call("POST", "/api/v1/price-indices", http.token("province-henan"), prices("370000")).statusCode());
        assertEquals(403, http.call("POST", "/api/v1/price-indices", http.token("approver-xuchang"), prices("410000")).statusCode());
    }

    static String householdInput() {
        return "{\"label\":\"矩阵\",\"area\":\"411082101\",\"household\":" + HOUSEHOLD + "}";
    }

    /** A fresh household inside 411082 (made by the national admin). */
    static long household() {
        HttpResponse<String> r = http.call("POST", "/api/v1/households", root, householdInput());
        assertEquals(201, r.statusCode(), r.body());
        return json(r).get("id").asLong();
    }

    /** A fresh user inside 411082. */
    static String user() {
        String name = "target-" + SEQ.incrementAndGet();
        assertEquals(201, http.call("POST", "/api/v1/users", root, "{\"name\":\"" + name
                + "\",\"role\":\"villageAssistant\",\"jurisdiction\":\"411082\"}").statusCode());
        return name;
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void start() {
        root = http.token("admin");
        // A submitted roster of 411082 for May 2024 (no case is paid there yet: an empty roster, submitted once).
        HttpResponse<String> roster = http.call("POST", "/api/v1/rosters", root,
                "{\"date\":\"2024-05-06\",\"region\":\"411082\",\"month\":\"2024-05\",\"submit\":true}");
        assertEquals(200, roster.statusCode(), roster.body());
        HttpResponse<String> run = http.call("POST", "/api/v1/roster-runs", root,
                "{\"region\":\"411082\",\"month\":\"2024-05\",\"date\":\"2024-05-06\"}");
        assertEquals(202, run.statusCode(), run.body());
        rosterRun = json(run).get("id").asText();
        for (Role role : Role.values()) {
            INSIDE.put(role, token(role, "411082"));
            OUTSIDE.put(role, token(role, "141000"));
        }
    }

    static String token(Role role, String jurisdiction) {
        HttpResponse<String> r = http.call("POST", "/api/v1/users", root, "{\"name\":\"matrix-" + role.code() + "-"
                + jurisdiction + "\",\"role\":\"" + role.code() + "\",\"jurisdiction\":\"" + jurisdiction + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return json(r).get("token").asText();
    }

    @Test
    void everyRoute_byEveryRole_insideAndOutside_andAnonymous() {
        Map<String, Probe> table = table();
        List<String> routes = http.server().web().table().routes().stream().map(Route::key).toList();
        assertEquals(new TreeSet<>(routes), new TreeSet<>(table.keySet()), "one entry per route of the route table");
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String route : routes) {
            Probe p = table.get(route);
            List<Object[]> callers = new ArrayList<>();
            callers.add(new Object[] {null, true, null});
            for (Role role : Role.values()) {
                callers.add(new Object[] {role, true, INSIDE.get(role)});
                callers.add(new Object[] {role, false, OUTSIDE.get(role)});
            }
            for (Object[] c : callers) {
                Role role = (Role) c[0];
                boolean in = (Boolean) c[1];
                Call call = p.call().apply(role);
                HttpResponse<String> r = http.call(call.method(), call.path(), (String) c[2], call.body());
                int want = p.expect().status(role, in);
                cells++;
                if (r.statusCode() != want) {
                    wrong.add(route + " as " + (role == null ? "anonymous" : role.code() + (in ? " inside" : " outside"))
                            + ": " + r.statusCode() + " (expected " + want + ") " + r.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(routes.size() * (1 + 2 * Role.values().length), cells);
        assertTrue(cells >= 200, "matrix of " + cells);
        System.out.println("access matrix: " + routes.size() + " routes x " + (1 + 2 * Role.values().length)
                + " callers = " + cells + " cells");
    }
}
