package org.relief.server.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.TestStores;
import org.relief.server.ServerHarness;
import org.relief.server.StoreCounts;
import org.relief.server.persistence.Database;

/**
 * Issue 20 item 7 on a real (on-disk) Derby: one roster submitted by 8 threads at once is stored
 * once, each case-month once; 1,000 malformed step requests are each a 4xx problem and store nothing.
 * (The kill -9 in the middle of a 10,000-case submission is {@code RosterKillIT}.) On PostgreSQL in its leg.
 */
@Tag("store")
class LifecycleReliabilityTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "lifecycle-reliability-admin-token-0123456789";
    static final String COUNTY = "371524";
    static final int CASES = 20;

    /** Applies for and approves {@code n} single-person dibao cases in {@link #COUNTY} (paid from April 2024); their ids. */
    static List<String> activeCases(ServerHarness http, int n) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> a = http.call("POST", "/api/v1/cases", ADMIN, "{\"reference\":\"r" + i + "\",\"date\":\"2024-03-01\","
                    + "\"region\":\"" + COUNTY + "\",\"program\":\"dibao\",\"application\":{\"consent\":true,\"honestyCommitment\":true},"
                    + "\"household\":{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"birthDate\":\"1970-01-01\",\"incomes\":[]}]}}");
            assertEquals(201, a.statusCode(), a.body());
            String id = JSON.readTree(a.body()).get("id").asText();
            for (String step : List.of("{\"do\":\"accept\",\"date\":\"2024-03-04\"}",
                    "{\"do\":\"survey\",\"date\":\"2024-03-06\",\"surveyors\":2}",
                    "{\"do\":\"propose\",\"date\":\"2024-03-11\",\"opinion\":\"approve\"}",
                    "{\"do\":\"decide\",\"date\":\"2024-03-18\",\"decision\":\"approve\"}")) {
                HttpResponse<String> s = http.call("POST", "/api/v1/cases/" + id + "/steps", ADMIN, step);
                assertEquals(200, s.statusCode(), s.body());
            }
            ids.add(id);
        }
        return ids;
    }

    static long count(ServerHarness http, String sql) {
        return http.server().injector().getInstance(Database.class)
                .read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void oneRosterSubmittedBy8ThreadsAtOnce_isStoredOnce_eachCaseMonthOnce(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(TestStores.config(dir.resolve("data")).withAdminToken(ADMIN))) {
            activeCases(http, CASES);
            String body = "{\"date\":\"2024-05-06\",\"region\":\"" + COUNTY + "\",\"month\":\"2024-04\"}";
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                answers.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    start.await();
                    return http.call("POST", "/api/v1/rosters", ADMIN, body);
                }));
            }
            start.countDown();
            int first = 0;
            String total = null;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
                JsonNode roster = JSON.readTree(r.body());
                assertTrue(roster.get("submitted").asBoolean(), r.body());
                first += roster.get("alreadySubmitted").asBoolean() ? 0 : 1;
                total = total == null ? roster.get("total").asText() : total;
                assertEquals(total, roster.get("total").asText(), "every answer is the one stored roster");
            }
            pool.shutdown();
            // 20 cases × 聊城's 2024 urban standard 931 (one person, no income) = 18,620.00
            assertEquals("18620.00", total);
            assertEquals(1, first, "exactly one of the 8 submissions stored the roster");
            assertEquals(1, count(http, "SELECT COUNT(*) FROM ROSTER WHERE COUNTY = '" + COUNTY + "'"));
            assertEquals(CASES, count(http, "SELECT COUNT(*) FROM ROSTER_LINE"));
            assertEquals(0, count(http, "SELECT COUNT(*) FROM (SELECT CASE_ID, MONTH, CODE FROM ROSTER_LINE "
                    + "GROUP BY CASE_ID, MONTH, CODE HAVING COUNT(*) > 1) AS D"), "no case-month paid twice");
            assertEquals(1, count(http, "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION = 'roster.submit'"));
        }
    }

    @Test
    void aThousandMalformedSteps_areEachA4xxProblem_andStoreNothing(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(TestStores.config(dir.resolve("data")).withAdminToken(ADMIN))) {
            String id = activeCases(http, 1).get(0);
            HttpResponse<String> applied = http.call("POST", "/api/v1/cases", ADMIN, "{\"reference\":\"open\",\"date\":\"2024-03-01\","
                    + "\"region\":\"" + COUNTY + "\",\"program\":\"dibao\",\"application\":{\"consent\":true,\"honestyCommitment\":true},"
                    + "\"household\":{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"birthDate\":\"1970-01-01\",\"incomes\":[]}]}}");
            String open = JSON.readTree(applied.body()).get("id").asText();
            Map<String, Long> before = StoreCounts.of(http);
            String caseBefore = JSON.readTree(http.call("GET", "/api/v1/cases/" + id, ADMIN, null).body()).toString();
            Random random = new Random(20L);
            List<String> steps = List.of("accept", "survey", "propose", "object", "appraise", "decide", "review", "terminate",
                    "death", "withdraw", "extend", "fraud", "grant", "apply", "nonsense", "", "ACCEPT");
            List<String> dates = List.of("\"2024-02-30\"", "\"2024-13-01\"", "\"0000-01-01\"", "\"10000-01-01\"", "\"2024/03/04\"",
                    "20240304", "null", "true", "\"\"", "\"2024-03-04T00:00\"", "[]", "{}");
            Map<Integer, Integer> byStatus = new TreeMap<>();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String step = steps.get(random.nextInt(steps.size()));
                String date = dates.get(random.nextInt(dates.size()));
                String target = random.nextInt(5) == 0 ? open : id;
                String body = switch (i % 10) {
                    case 0 -> "{\"do\":\"" + step + "\",\"date\":" + date + "}";
                    case 1 -> "{\"do\":\"survey\",\"date\":\"2024-03-06\",\"surveyors\":" + List.of("0", "-1", "1.5", "\"2\"", "null",
                            "99999999999999999999", "[]").get(random.nextInt(7)) + "}";
                    case 2 -> "{\"do\":\"propose\",\"date\":\"2024-03-11\",\"opinion\":" + List.of("\"maybe\"", "1", "null", "\"\"",
                            "\"APPROVE\"").get(random.nextInt(5)) + "}";
                    case 3 -> "{\"do\":\"accept\",\"date\":\"2024-03-04\",\"unknown\":" + random.nextInt() + "}";
                    case 4 -> "{\"date\":\"2024-03-04\"}";
                    case 5 -> List.of("", "null", "[]", "{", "\"accept\"", "{\"do\":\"accept\",\"do\":\"survey\",\"date\":\"2024-03-04\"}",
                            "{\"do\":\"accept\",\"date\":\"2024-03-04\"}{}").get(random.nextInt(7));
                    case 6 -> "{\"do\":\"review\",\"date\":\"2024-09-02\",\"household\":" + List.of("null", "{}", "[]",
                            "{\"residence\":\"urban\",\"members\":[]}", "{\"residence\":\"moon\",\"members\":[{\"id\":\"p1\"}]}")
                            .get(random.nextInt(5)) + "}";
                    case 7 -> "{\"do\":\"death\",\"date\":\"2024-09-02\",\"member\":" + List.of("\"p9\"", "null", "1", "\"\"")
                            .get(random.nextInt(4)) + "}";
                    case 8 -> "{\"do\":\"decide\",\"date\":\"2024-03-18\",\"decision\":" + List.of("\"yes\"", "true", "null")
                            .get(random.nextInt(3)) + "}";
                    // taken too early or out of order: refused by the procedure, not by the parser
                    default -> "{\"do\":\"" + List.of("decide", "survey", "appraise").get(random.nextInt(3))
                            + "\",\"date\":\"2023-01-02\",\"decision\":\"approve\",\"surveyors\":2,\"result\":\"support\"}";
                };
                HttpResponse<String> r = http.call("POST", "/api/v1/cases/" + target + "/steps", ADMIN, body);
                byStatus.merge(r.statusCode(), 1, Integer::sum);
                boolean problem = r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json");
                if (r.statusCode() < 400 || r.statusCode() >= 500 || !problem) {
                    wrong.add(r.statusCode() + " " + body + " -> " + r.body());
                }
            }
            System.out.println("1,000 malformed steps: by status " + byStatus);
            assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())));
            assertEquals(before, StoreCounts.of(http), "nothing stored");
            assertEquals(caseBefore, JSON.readTree(http.call("GET", "/api/v1/cases/" + id, ADMIN, null).body()).toString());
        }
    }
}
