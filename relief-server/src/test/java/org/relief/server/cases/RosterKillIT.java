package org.relief.server.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;
import org.relief.server.TestStores;
import org.relief.server.ServerHarness;
import org.relief.server.persistence.Database;
import org.relief.server.process.ServerProcess;
import org.relief.testkit.json.ReliefJson;

/**
 * Issue 20 item 7: the server process is killed ({@code kill -9}) in the middle of the submission of
 * a roster of {@value #DEFAULT_CASES} cases and restarted; the roster of that month is then either
 * whole (every case once) or absent (no line of it), never part of it, and the audit chain is intact.
 * The cases are made in process first (through the controllers, as the HTTP routes make them); a full
 * submission of another month measures how long one takes, and the kills bisect it: the first at 50%, the
 * next after the whole time, then halfway between the latest kill that left nothing and the latest after which
 * the roster was whole, so that they close in on the moment it is stored. {@code -Drelief.rosterKill.kills=K}
 * (default 5) changes the number of kills. {@code -Drelief.rosterKill.cases=N} changes the number of cases.
 * On the store of {@link TestStores} (PostgreSQL in its leg).
 */
@Tag("store")
class RosterKillIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "roster-kill-admin-token-0123456789abcdefgh";
    static final String COUNTY = "371524";
    static final int DEFAULT_CASES = 10_000;
    static final int KILLS = Integer.getInteger("relief.rosterKill.kills", 5);

    @Test
    void killedMidSubmission_theRosterIsWholeOrAbsent(@TempDir Path dir) throws Exception {
        int n = Integer.getInteger("relief.rosterKill.cases", DEFAULT_CASES);
        // one store for the whole test: the data directory, or a fresh PostgreSQL schema in the PostgreSQL leg
        ServerConfig store = TestStores.config(dir.resolve("data"));
        long t0 = System.nanoTime();
        try (ServerHarness http = new ServerHarness(store.withAdminToken(ADMIN))) {
            seed(http.server().injector(), n);
        }
        System.out.printf("roster kill: %d active cases made in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        Map<String, String> env = new java.util.HashMap<>(TestStores.env(store));
        env.putAll(Map.of("RELIEF_PORT", "0", "RELIEF_DEMO", "false", "RELIEF_ADMIN_TOKEN", ADMIN));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        double full;
        try (ServerProcess p = ServerProcess.start(env, dir.resolve("measure.txt"))) {
            String url = p.awaitReady(Duration.ofSeconds(120));
            long s0 = System.nanoTime();
            HttpResponse<String> r = submit(client, url, "2024-04").get();
            full = (System.nanoTime() - s0) / 1e9;
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(n, JSON.readTree(r.body()).get("cases").asInt());
            p.stop();
            p.awaitExit(Duration.ofSeconds(30));
        }
        System.out.printf("roster kill: a full submission of %d cases takes %.2f s%n", n, full);
        List<String> outcomes = new ArrayList<>();
        List<String> months = new ArrayList<>();
        // The roster is computed, then stored in one transaction: the kills bisect the submission's time between
        // a kill that left nothing (lo) and one after which the roster was whole (hi), closing in on its storing.
        double lo = 0.5;
        double hi = 1.1;
        double at = lo;
        for (int k = 0; k < KILLS; k++) {
            String month = java.time.YearMonth.of(2024, 5).plusMonths(k).toString();
            months.add(month);
            try (ServerProcess p = ServerProcess.start(env, dir.resolve("kill-" + k + ".txt"))) {
                String url = p.awaitReady(Duration.ofSeconds(120));
                CompletableFuture<HttpResponse<String>> pending = submit(client, url, month);
                Thread.sleep((long) (full * at * 1000));
                p.kill();
                p.awaitExit(Duration.ofSeconds(30));
                pending.handle((r, e) -> null).join();
            }
            boolean whole;
            try (ServerProcess p = ServerProcess.start(env, dir.resolve("after-" + k + ".txt"))) {
                String url = p.awaitReady(Duration.ofSeconds(120));
                HttpResponse<String> read = ServerProcess.call(client, "GET", url + "/api/v1/rosters/" + COUNTY + "/" + month,
                        ADMIN, null);
                whole = read.statusCode() == 200;
                if (!whole) {
                    assertEquals(404, read.statusCode(), read.body());
                } else {
                    JsonNode roster = JSON.readTree(read.body());
                    assertEquals(n, roster.get("cases").asInt(), "a stored roster is whole");
                    assertEquals(n, roster.get("entries").size(), "a stored roster is whole");
                }
                p.stop();
                p.awaitExit(Duration.ofSeconds(30));
            }
            outcomes.add(String.format("%s killed at %.0f%%: %s", month, at * 100, whole ? "whole" : "none"));
            if (whole) {
                hi = at;
            } else {
                lo = at;
                if (lo >= hi) {
                    hi = lo * 1.5; // slower than the measured submission (a busy machine): look later
                }
            }
            at = k == 0 ? hi : (lo + hi) / 2;
        }
        System.out.println("roster kill: " + outcomes);
        try (ServerHarness http = new ServerHarness(store.withAdminToken(ADMIN))) {
            Database db = http.server().injector().getInstance(Database.class);
            for (String month : months) {
                long rosters = db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ROSTER WHERE MONTH = '" + month
                        + "'").getSingleResult()).longValue());
                long lines = db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ROSTER_LINE WHERE MONTH = '" + month
                        + "'").getSingleResult()).longValue());
                assertTrue(rosters == 0 && lines == 0 || rosters == 1 && lines == n, month + ": " + rosters + " rosters, "
                        + lines + " lines");
            }
            HttpResponse<String> verify = http.call("GET", "/api/v1/audit/verify", ADMIN, null);
            assertTrue(JSON.readTree(verify.body()).get("intact").asBoolean(), verify.body());
        }
    }

    private static CompletableFuture<HttpResponse<String>> submit(HttpClient client, String url, String month) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url + "/api/v1/rosters")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2024-08-05\",\"region\":\"" + COUNTY + "\",\"month\":\""
                        + month + "\"}")).build();
        return client.sendAsync(r, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * {@code n} single-person cases approved in March 2024 (paid from April): each step computed by the
     * lifecycle and stored by the server's case store, as the routes do, but 1,000 cases to a
     * transaction (the entity manager cleared after each) and without their audit entries (a fixture, not the system under test).
     */
    static void seed(com.google.inject.Injector injector, int n) throws Exception {
        Database db = injector.getInstance(Database.class);
        org.relief.core.lifecycle.Lifecycle lifecycle = injector.getInstance(org.relief.core.lifecycle.Lifecycle.class);
        org.relief.server.persistence.JpaCaseStore store = injector.getInstance(org.relief.server.persistence.JpaCaseStore.class);
        List<org.relief.core.lifecycle.Step> steps = new ArrayList<>();
        for (String s : List.of("{\"do\":\"accept\",\"date\":\"2024-03-04\"}", "{\"do\":\"survey\",\"date\":\"2024-03-06\",\"surveyors\":2}",
                "{\"do\":\"propose\",\"date\":\"2024-03-11\",\"opinion\":\"approve\"}",
                "{\"do\":\"decide\",\"date\":\"2024-03-18\",\"decision\":\"approve\"}")) {
            steps.add(org.relief.testkit.json.StepReader.readStep(ReliefJson.parse(s)));
        }
        for (int from = 0; from < n; from += 1000) {
            int first = from;
            db.write(em -> {
                store.recordedBy("fixture");
                for (int i = first; i < Math.min(n, first + 1000); i++) {
                    org.relief.core.lifecycle.Step.Apply apply;
                    try {
                        apply = org.relief.testkit.json.StepReader.readApply(ReliefJson.parse("{\"reference\":\"k" + i
                                + "\",\"date\":\"2024-03-01\",\"region\":\"" + COUNTY + "\",\"program\":\"dibao\","
                                + "\"application\":{\"consent\":true,\"honestyCommitment\":true},\"household\":{\"residence\":\"urban\","
                                + "\"members\":[{\"id\":\"p1\",\"birthDate\":\"1970-01-01\",\"incomes\":[]}]}}"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    org.relief.core.lifecycle.Case c = taken(lifecycle.open(store.nextId(apply.county()), apply));
                    store.create(c);
                    for (org.relief.core.lifecycle.Step step : steps) {
                        org.relief.core.lifecycle.Case next = taken(lifecycle.take(c, step));
                        store.append(c, next);
                        c = next;
                    }
                    // a persistence context of a few entities: EclipseLink compares every managed entity at each flush
                    em.clear();
                }
                return null;
            });
        }
    }

    private static org.relief.core.lifecycle.Case taken(org.relief.core.lifecycle.StepResult r) {
        if (r instanceof org.relief.core.lifecycle.StepResult.Taken t) {
            return t.after();
        }
        throw new IllegalStateException("fixture step refused: " + r);
    }
}
