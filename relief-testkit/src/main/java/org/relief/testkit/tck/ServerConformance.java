package org.relief.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.relief.core.engine.RuleModules;
import org.relief.testkit.cases.CaseEntry;
import org.relief.testkit.cases.CaseFile;
import org.relief.testkit.cases.ConformanceCase;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.ReliefJson;
import org.relief.testkit.junit.ReliefCases;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.CaseRunner;
import org.relief.testkit.runner.HttpTransport;
import org.relief.testkit.runner.InProcessTransport;

/**
 * The HTTP contract of the HTTP binding of docs/case-format.md, for vendors: extend it with the base URL of your
 * running server. Required checks: every golden case answered over HTTP as its expectation says
 * and exactly like the in-process reference (status, outcome, amounts, lines, reason codes,
 * missing inputs, measures, procedure, rule ids of the trace, refusal code and field); malformed
 * JSON and wrong shapes are 400 problem JSON; input errors and refusals are 422 problem JSON with
 * {@code code} (and {@code field}); unknown routes are 404; no stack trace in any answer.
 *
 * <pre>{@code
 * class MyServerConformanceTest extends ServerConformance {
 *     @Override protected String baseUrl() { return "http://127.0.0.1:7070"; }
 * }
 * }</pre>
 */
public abstract class ServerConformance {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The server's base URL, e.g. {@code http://127.0.0.1:7070}. */
    protected abstract String baseUrl();

    /** A bearer token to send (the determination endpoint is open; default none). */
    protected Optional<String> token() {
        return Optional.empty();
    }

    /**
     * The case locations (class-path resources, files or folders) to run; default the national
     * baseline's cases shipped in the kit. Add your modules' case folders.
     */
    protected List<String> caseLocations() {
        return List.of("/relief-cases/national");
    }

    /** The in-process reference the answers are compared with; default the modules on the class path. */
    protected RuleModules referenceModules() {
        return RuleModules.discover(ServerConformance.class.getClassLoader());
    }

    // ------------------------------------------------------------------ required checks

    /** Every golden case: as expected, and the same answer as in-process. */
    @TestFactory
    Stream<DynamicTest> required_goldenCasesOverHttpEqualInProcess() {
        HttpTransport http = new HttpTransport(baseUrl(), token());
        CaseRunner runner = new CaseRunner(http);
        InProcessTransport reference = InProcessTransport.of(referenceModules());
        List<DynamicTest> tests = new ArrayList<>();
        for (String location : caseLocations()) {
            for (CaseFile f : ReliefCases.files(location)) {
                for (CaseEntry e : f.entries()) {
                    tests.add(DynamicTest.dynamicTest(f.file() + " › " + e.id(), () -> {
                        CaseResult r = runner.run(e);
                        if (!r.passed()) {
                            throw new AssertionFailedError("over HTTP: " + r.line());
                        }
                        if (e instanceof ConformanceCase c) {
                            JsonAnswer local = reference.answer(c);
                            JsonAnswer remote = http.answer(c);
                            assertEquals(essence(local), essence(remote), "HTTP answer differs from the in-process reference: "
                                    + c.id());
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void required_malformedJsonIs400ProblemJson() throws Exception {
        HttpResponse<String> r = post("{\"region\": ");
        assertEquals(400, r.statusCode(), r.body());
        assertProblem(r);
    }

    @Test
    void required_unknownKeyIs400NamingThePath() throws Exception {
        HttpResponse<String> r = post(request().put("regoin", "000000").toString());
        assertEquals(400, r.statusCode(), r.body());
        JsonNode p = assertProblem(r);
        assertTrue(p.path("field").asText().contains("regoin") || p.path("detail").asText().contains("regoin"), r.body());
    }

    @Test
    void required_inputErrorIs422WithCodeAndField() throws Exception {
        ObjectNode body = request();
        ((ObjectNode) body.get("household").get("members").get(0)).put("idNumber", "110105194912310021");
        HttpResponse<String> r = post(body.toString());
        assertEquals(422, r.statusCode(), r.body());
        JsonNode p = assertProblem(r);
        assertEquals("INVALID_ID_NUMBER", p.path("code").asText());
        assertEquals("members[p1].idNumber", p.path("field").asText());
    }

    @Test
    void required_refusalsAre422WithTheirCode() throws Exception {
        HttpResponse<String> region = post(request().put("region", "110000").toString());
        assertEquals(422, region.statusCode());
        assertEquals("UNKNOWN_REGION", assertProblem(region).path("code").asText());
        HttpResponse<String> early = post(request().put("date", "2014-04-30").toString());
        assertEquals(422, early.statusCode());
        assertEquals("DATE_OUT_OF_RANGE", assertProblem(early).path("code").asText());
        ObjectNode noStandard = request();
        noStandard.remove("standards");
        HttpResponse<String> missing = post(noStandard.toString());
        assertEquals(422, missing.statusCode());
        assertEquals("MISSING_STANDARD", assertProblem(missing).path("code").asText());
    }

    @Test
    void required_aDeterminationIs200WithTheBindingsKeys() throws Exception {
        HttpResponse<String> r = post(request().toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = ReliefJson.parse(r.body());
        for (String key : List.of("outcome", "lines", "reasons", "missing", "measures", "trace", "versions")) {
            assertTrue(d.has(key), "missing key " + key + ": " + r.body());
        }
        assertEquals("eligible", d.get("outcome").asText());
        assertEquals("540.00", d.get("monthlyAmount").asText(), "2 × 720 − 900 = 540.00");
    }

    @Test
    void required_unknownRouteIs404ProblemJson() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/no-such-route")).GET());
        assertEquals(404, r.statusCode());
        assertProblem(r);
    }

    // ------------------------------------------------------------------ helpers

    /** A minimal valid request: national baseline, 2 members, 2 × 720 − 900 = 540.00. */
    protected ObjectNode request() {
        try {
            return (ObjectNode) ReliefJson.parse("""
                    {"region":"000000","date":"2024-03-01","program":"dibao","standards":{"dibao.urban.monthly":"720"},
                     "household":{"residence":"urban","members":[
                       {"id":"p1","birthDate":"1980-01-01","incomes":[{"kind":"wage","monthly":"900.00"}]},
                       {"id":"p2","birthDate":"2010-01-01","incomes":[]}]}}""");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode assertProblem(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem JSON content type: " + r.headers().map());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
        JsonNode p = ReliefJson.parse(r.body());
        assertEquals(r.statusCode(), p.path("status").asInt(), "status in the body");
        assertFalse(p.path("code").asText().isEmpty(), "a stable code");
        assertFalse(p.path("title").asText().isEmpty(), "a zh-CN title");
        return p;
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/determinations")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        token().ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        String b = baseUrl();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** What must be equal between two answers. */
    static String essence(JsonAnswer a) {
        JsonNode b = a.body();
        ObjectNode e = ReliefJson.mapper().createObjectNode();
        e.put("status", a.status());
        for (String k : List.of("outcome", "monthlyAmount", "amount", "amountMin", "amountMax", "code", "field")) {
            if (b.has(k)) {
                e.set(k, b.get(k));
            }
        }
        for (String k : List.of("lines", "missing", "measures", "procedure")) {
            if (b.has(k)) {
                e.set(k, b.get(k));
            }
        }
        ArrayNode reasons = e.putArray("reasons");
        b.path("reasons").forEach(r -> reasons.add(r.path("code").asText()));
        ArrayNode rules = e.putArray("trace");
        b.path("trace").forEach(t -> rules.add(t.path("rule").asText()));
        return e.toString();
    }
}
