package org.relief.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.core.model.AdminCode;
import org.relief.core.roster.Roster;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.TestStores;
import org.relief.server.persistence.Database;
import org.relief.server.process.ServerProcess;

/**
 * Issue 21 item 3's two-server test: one province of {@value #DEFAULT_CASES} cases over
 * {@value #COUNTIES} counties (seeded in process through the case store), two server processes on
 * the same PostgreSQL with one roster worker each and a short lease, one province run created on
 * the first; the server that is computing a county is killed ({@code kill -9}) mid-run; the survivor
 * finishes the run, taking the killed one's county over when its lease runs out. Then every
 * case-month is in exactly one roster line, and the run's totals are those one server computes
 * ({@code Payroll.draft} per county, in process, before the run). Prints the seconds, cases/s and
 * the counties taken over. {@code -Drelief.rosterRuns.cases=N} changes the number of cases.
 * PostgreSQL only (embedded Derby is one process's): skipped unless {@code relief.test.jdbc} names one.
 */
@Tag("store")
class RosterRunTwoServersIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "roster-runs-two-servers-token-0123456789";
    static final int DEFAULT_CASES = 20_000;
    static final int COUNTIES = 8;
    static final int LEASE_SECONDS = 4;

    @Test
    void twoServers_oneKilledMidRun_everyCaseMonthPaidOnce_totalsOfOneServer(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(TestStores.postgresql(), "two server processes share a database only on PostgreSQL: "
                + "run in the PostgreSQL leg (.ci/postgres-leg, -Drelief.test.jdbc=jdbc:postgresql://…)");
        int n = Integer.getInteger("relief.rosterRuns.cases", DEFAULT_CASES);
        ServerConfig store = TestStores.config(dir.resolve("data")).withAdminToken(ADMIN).withRosterWorkers(0, Duration.ofSeconds(60));
        long t0 = System.nanoTime();
        Map<AdminCode, Roster> expected;
        try (ServerHarness http = new ServerHarness(store)) {
            Province.seed(http.server().injector(), n, COUNTIES);
            System.out.printf("roster runs: %d cases over %d counties seeded in %.1f s%n", n, COUNTIES, (System.nanoTime() - t0) / 1e9);
            long e0 = System.nanoTime();
            expected = Province.expected(http.server().injector(), COUNTIES);
            System.out.printf("roster runs: the single-server computation (Payroll.draft per county, in process) took %.1f s%n",
                    (System.nanoTime() - e0) / 1e9);
        }
        Map<String, String> env = new HashMap<>(TestStores.env(store));
        env.putAll(Map.of("RELIEF_PORT", "0", "RELIEF_DEMO", "false", "RELIEF_ADMIN_TOKEN", ADMIN, "RELIEF_ROSTER_WORKERS", "1",
                "RELIEF_ROSTER_LEASE", Integer.toString(LEASE_SECONDS)));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode run;
        String killed;
        double seconds;
        try (ServerProcess a = ServerProcess.start(env, dir.resolve("server-a.txt"));
             ServerProcess b = ServerProcess.start(env, dir.resolve("server-b.txt"))) {
            String urlA = a.awaitReady(Duration.ofSeconds(120));
            b.awaitReady(Duration.ofSeconds(120));
            long r0 = System.nanoTime();
            HttpResponse<String> created = ServerProcess.call(client, "POST", urlA + "/api/v1/roster-runs", ADMIN, "{\"region\":\""
                    + Province.PROVINCE + "\",\"month\":\"" + Province.MONTH + "\",\"date\":\"" + Province.DATE + "\"}");
            assertEquals(202, created.statusCode(), created.body());
            String id = JSON.readTree(created.body()).get("id").asText();
            assertEquals(COUNTIES, JSON.readTree(created.body()).get("counties").asInt());
            // kill B while it runs a county, after at least one county is done (so that the run is well under way)
            killed = null;
            while (killed == null) {
                JsonNode now = JSON.readTree(ServerProcess.call(client, "GET", urlA + "/api/v1/roster-runs/" + id, ADMIN, null).body());
                assertTrue(System.nanoTime() - r0 < Duration.ofMinutes(5).toNanos(), "no county of B's running: " + now);
                if (now.get("done").asInt() >= 1) {
                    for (JsonNode job : now.get("jobs")) {
                        if (job.get("status").asText().equals("running") && job.get("worker").asText().startsWith(b.pid() + "@")) {
                            b.kill();
                            b.awaitExit(Duration.ofSeconds(30));
                            killed = job.get("county").asText();
                            System.out.printf("roster runs: server B (pid %d) killed at %.1f s while it ran %s; run: %d of %d done%n",
                                    b.pid(), (System.nanoTime() - r0) / 1e9, killed, now.get("done").asInt(), now.get("of").asInt());
                            break;
                        }
                    }
                }
                if (killed == null) {
                    Thread.sleep(100);
                }
            }
            while (true) {
                run = JSON.readTree(ServerProcess.call(client, "GET", urlA + "/api/v1/roster-runs/" + id, ADMIN, null).body());
                if (run.get("status").asText().equals("done") || run.get("status").asText().equals("failed")) {
                    break;
                }
                assertTrue(System.nanoTime() - r0 < Duration.ofMinutes(10).toNanos(), "the survivor did not finish: " + run);
                Thread.sleep(250);
            }
            seconds = (System.nanoTime() - r0) / 1e9;
            a.stop();
            a.awaitExit(Duration.ofSeconds(30));
        }
        assertEquals("done", run.get("status").asText(), run.toString());
        List<String> takenOver = new ArrayList<>();
        Map<String, Integer> byServer = new HashMap<>();
        for (JsonNode job : run.get("jobs")) {
            Roster direct = expected.get(AdminCode.of(job.get("county").asText()));
            assertEquals(direct.cases(), job.get("cases").asLong(), job.toString());
            assertEquals(direct.total().toString(), job.get("total").asText(), job.toString());
            if (job.get("workers").size() > 1) {
                takenOver.add(job.get("county").asText() + " " + job.get("workers"));
            }
            byServer.merge(job.get("worker").asText().replaceAll("@.*", ""), 1, Integer::sum);
        }
        assertEquals(Province.cases(expected), run.get("cases").asLong());
        assertEquals(Province.total(expected).toString(), run.get("total").asText());
        String gone = killed;
        assertTrue(takenOver.stream().anyMatch(t -> t.startsWith(gone + " ")), "the killed server's county was taken over: "
                + takenOver);
        try (ServerHarness http = new ServerHarness(store)) {
            Database db = http.server().injector().getInstance(Database.class);
            long twice = db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT CASE_ID, MONTH, CODE FROM "
                    + "ROSTER_LINE GROUP BY CASE_ID, MONTH, CODE HAVING COUNT(*) > 1) d").getSingleResult()).longValue());
            long paidCases = db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT CASE_ID) FROM ROSTER_LINE WHERE MONTH = '"
                    + Province.MONTH + "' AND CODE = 'dibao'").getSingleResult()).longValue());
            long rosters = db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ROSTER WHERE MONTH = '" + Province.MONTH
                    + "'").getSingleResult()).longValue());
            assertEquals(0L, twice, "no case-month paid twice");
            assertEquals(n, paidCases, "every case-month once");
            assertEquals(COUNTIES, rosters);
            assertTrue(JSON.readTree(http.call("GET", "/api/v1/audit/verify", ADMIN, null).body()).get("intact").asBoolean());
        }
        System.out.printf("roster runs: %d cases, %d counties on two servers (one killed) in %.1f s = %.0f cases/s; total %s; "
                + "counties by server pid %s; taken over: %s%n", n, COUNTIES, seconds, n / seconds, run.get("total").asText(),
                byServer, takenOver);
    }
}
