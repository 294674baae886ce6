package org.relief.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.core.model.AdminCode;
import org.relief.core.roster.Roster;
import org.relief.server.ServerHarness;
import org.relief.server.StoreCounts;
import org.relief.server.TestStores;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaRosterRuns;

/**
 * Issue 21 item 3 on one server: a run over a city of several counties completes through the
 * server's workers, its totals those of the county rosters computed directly; a second run of the
 * same region and month answers the stored rosters and stores nothing more; a job whose worker died
 * is taken over once its lease has run out; a refused run stores nothing. On the store of
 * {@link TestStores} (PostgreSQL in its leg).
 */
@Tag("store")
class RosterRunsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "roster-runs-admin-token-0123456789abcdef";
    static final int COUNTIES = 3;
    static final int CASES = 90;

    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> TestStores.config(data).withAdminToken(ADMIN)
            .withRosterWorkers(2, Duration.ofSeconds(2)));
    static Map<AdminCode, Roster> expected;

    @BeforeAll
    static void start() {
        Province.seed(http.server().injector(), CASES, COUNTIES);
        expected = Province.expected(http.server().injector(), COUNTIES);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static JsonNode create(String body) throws Exception {
        HttpResponse<String> r = http.call("POST", "/api/v1/roster-runs", ADMIN, body);
        assertEquals(202, r.statusCode(), r.body());
        JsonNode run = json(r);
        assertEquals("/api/v1/roster-runs/" + run.get("id").asText(), r.headers().firstValue("Location").orElseThrow());
        return run;
    }

    static JsonNode awaitDone(String id) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            HttpResponse<String> r = http.call("GET", "/api/v1/roster-runs/" + id, ADMIN, null);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode run = json(r);
            if (run.get("status").asText().equals("done") || run.get("status").asText().equals("failed")) {
                return run;
            }
            assertTrue(System.nanoTime() < until, "run " + id + " not done: " + r.body());
            Thread.sleep(200);
        }
    }

    static long count(String sql) {
        Database db = http.server().injector().getInstance(Database.class);
        return db.read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void aCityRun_completes_withTheTotalsOfItsCountyRosters_andASecondRunAnswersTheStoredOnes() throws Exception {
        String body = "{\"region\":\"" + Province.CITY + "\",\"month\":\"" + Province.MONTH + "\",\"date\":\"" + Province.DATE + "\"}";
        JsonNode created = create(body);
        assertEquals(COUNTIES, created.get("counties").asInt());
        JsonNode run = awaitDone(created.get("id").asText());
        assertEquals("done", run.get("status").asText(), run.toString());
        assertEquals(COUNTIES, run.get("done").asInt());
        assertEquals(Province.cases(expected), run.get("cases").asLong());
        assertEquals(Province.total(expected).toString(), run.get("total").asText());
        assertTrue(Province.total(expected).amount().signum() > 0, "a roster that pays something");
        for (JsonNode job : run.get("jobs")) {
            Roster direct = expected.get(AdminCode.of(job.get("county").asText()));
            assertEquals(direct.cases(), job.get("cases").asLong(), job.toString());
            assertEquals(direct.total().toString(), job.get("total").asText(), job.toString());
            JsonNode stored = json(http.call("GET", "/api/v1/rosters/" + job.get("county").asText() + "/" + Province.MONTH, ADMIN, null));
            assertEquals(direct.cases(), stored.get("cases").asLong());
        }
        long lines = count("SELECT COUNT(*) FROM ROSTER_LINE");
        assertEquals(0L, count("SELECT COUNT(*) FROM (SELECT CASE_ID, MONTH, CODE FROM ROSTER_LINE GROUP BY CASE_ID, MONTH, CODE "
                + "HAVING COUNT(*) > 1) d"));
        assertEquals(COUNTIES, count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION = 'roster.submit'"));
        assertEquals(1L, count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION = 'rosterRun.create'"));

        JsonNode again = awaitDone(create(body).get("id").asText());
        assertEquals("done", again.get("status").asText(), again.toString());
        assertEquals(run.get("total").asText(), again.get("total").asText());
        assertEquals(run.get("cases").asLong(), again.get("cases").asLong());
        assertEquals(lines, count("SELECT COUNT(*) FROM ROSTER_LINE"), "the second run stored no line");
        assertEquals(COUNTIES, count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION = 'roster.submit'"), "nor submitted again");
        assertTrue(json(http.call("GET", "/api/v1/audit/verify", ADMIN, null)).get("intact").asBoolean());
    }

    @Test
    void aJobWhoseWorkerDied_isTakenOverWhenItsLeaseHasRunOut() throws Exception {
        JpaRosterRuns runs = http.server().injector().getInstance(JpaRosterRuns.class);
        Database db = http.server().injector().getInstance(Database.class);
        AdminCode county = Province.COUNTIES.get(0);
        // a run whose one job a worker of a server that then died claimed, with a lease that runs out in 1.5 s
        long id = db.write(em -> {
            long run = runs.create(em, county, Province.MONTH.plusMonths(1), Province.DATE.plusMonths(1), List.of(county), "admin",
                    "admin");
            em.createNativeQuery("UPDATE ROSTER_JOB SET STATUS = 'running', WORKER = 'dead@host#1', WORKERS = 'dead@host#1', "
                    + "ATTEMPTS = 1, LEASE_UNTIL = ?1 WHERE RUN_ID = ?2").setParameter(1, System.currentTimeMillis() + 1500)
                    .setParameter(2, run).executeUpdate();
            return run;
        });
        Thread.sleep(800);
        JsonNode held = json(http.call("GET", "/api/v1/roster-runs/" + id, ADMIN, null));
        assertEquals("dead@host#1", held.get("jobs").get(0).get("worker").asText(), "not taken while the lease runs");
        JsonNode run = awaitDone(Long.toString(id));
        JsonNode job = run.get("jobs").get(0);
        assertEquals("done", job.get("status").asText(), run.toString());
        assertEquals(2, job.get("attempts").asInt());
        assertEquals("dead@host#1", job.get("workers").get(0).asText());
        assertTrue(job.get("worker").asText().startsWith(ProcessHandle.current().pid() + "@"), job.toString());
        assertEquals(expected.get(county).cases(), job.get("cases").asLong());
    }

    @Test
    void aRefusedRun_storesNothing() throws Exception {
        Map<String, Long> before = StoreCounts.of(http);
        HttpResponse<String> missing = http.call("POST", "/api/v1/roster-runs", ADMIN, "{\"region\":\"371500\",\"date\":\"2024-05-06\"}");
        assertEquals(4, missing.statusCode() / 100, missing.body());
        assertTrue(missing.body().contains("\"month\""), missing.body());
        HttpResponse<String> badMonth = http.call("POST", "/api/v1/roster-runs", ADMIN,
                "{\"region\":\"371500\",\"month\":\"2024-13\",\"date\":\"2024-05-06\"}");
        assertEquals(4, badMonth.statusCode() / 100, badMonth.body());
        assertTrue(badMonth.body().contains("\"month\""), badMonth.body());
        HttpResponse<String> unknown = http.call("POST", "/api/v1/roster-runs", ADMIN,
                "{\"region\":\"110101\",\"month\":\"2024-04\",\"date\":\"2024-05-06\"}");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("UNKNOWN_REGION"), unknown.body());
        assertEquals(before, StoreCounts.of(http), "nothing stored");
    }
}
