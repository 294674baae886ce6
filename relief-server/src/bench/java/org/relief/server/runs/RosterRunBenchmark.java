package org.relief.server.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.TestStores;
import org.relief.server.persistence.Database;
import org.relief.server.process.ServerProcess;

/**
 * Issue 21 item 5: a province roster run of N cases (default 1,000,000) over 8 counties, with one
 * server and then with two (child JVMs of the shaded jar, each {@code -XX:ActiveProcessorCount=1},
 * one roster worker each, a flight recording each), on the store of {@code -Dbench.jdbc} (a
 * PostgreSQL URL) or else embedded Derby — one server only there: an embedded database belongs to
 * one process. The rosters of the first measurement are deleted before the second, so that both do
 * the same work. Prints wall time, cases/s, the ratio two/one and the hottest methods of the servers'
 * recordings. Never part of the test suite; the commands are in docs/measurements.md.
 */
public final class RosterRunBenchmark {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "roster-run-benchmark-token-0123456789abcd";

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "1000000");
        ServerConfig store = store("relief-roster-bench").withAdminToken(ADMIN);
        Path dir = store.dataDir().getParent();
        long t0 = System.nanoTime();
        try (ServerHarness http = new ServerHarness(store)) {
            Province.seed(http.server().injector(), n, Province.COUNTIES.size());
        }
        System.out.printf("seeded %d cases over %d counties in %.1f s (%s)%n", n, Province.COUNTIES.size(), (System.nanoTime() - t0) / 1e9,
                TestStores.postgresql() ? "PostgreSQL" : "embedded Derby");
        double one = measure(store, dir, 1, n);
        if (TestStores.postgresql()) {
            try (ServerHarness http = new ServerHarness(store)) {
                http.server().injector().getInstance(Database.class).write(em -> {
                    for (String t : List.of("ROSTER_LINE", "ROSTER", "ROSTER_JOB", "ROSTER_RUN")) {
                        em.createNativeQuery("DELETE FROM " + t).executeUpdate();
                    }
                    return null;
                });
            }
            double two = measure(store, dir, 2, n);
            System.out.printf("| PostgreSQL | %d | %.1f s (%.0f cases/s) | %.1f s (%.0f cases/s) | %.2f |%n", n, one, n / one, two, n / two,
                    one / two);
        } else {
            System.out.printf("| Derby (embedded, one server only) | %d | %.1f s (%.0f cases/s) | — | — |%n", n, one, n / one);
        }
    }

    /**
     * An empty store in a new temporary directory, without roster workers (the benchmarks start their own):
     * the PostgreSQL database of {@code -Dbench.jdbc} (a fresh schema), or else embedded Derby.
     */
    static ServerConfig store(String prefix) throws java.io.IOException {
        String jdbc = System.getProperty("bench.jdbc", "");
        if (!jdbc.isEmpty()) {
            System.setProperty("relief.test.jdbc", jdbc);
        }
        Path dir = Files.createTempDirectory(prefix);
        // Derby's driver boots with the JVM's first connection, PostgreSQL's included: its log goes here, not to the working directory
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        return TestStores.config(dir.resolve("data")).withRosterWorkers(0, Duration.ofSeconds(60));
    }

    /** One province run on {@code servers} servers; the wall time in seconds, from the creation to the last county done. */
    static double measure(ServerConfig store, Path dir, int servers, int n) throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(store));
        env.putAll(Map.of("RELIEF_PORT", "0", "RELIEF_DEMO", "false", "RELIEF_ADMIN_TOKEN", ADMIN, "RELIEF_ROSTER_WORKERS", "1",
                "RELIEF_ROSTER_LEASE", "60", "RELIEF_DB_POOL_SIZE", "4"));
        List<ServerProcess> procs = new ArrayList<>();
        List<Path> recordings = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            for (int i = 0; i < servers; i++) {
                Path jfr = dir.resolve("server-" + servers + "-" + i + ".jfr");
                recordings.add(jfr);
                procs.add(ServerProcess.start(env, dir.resolve("server-" + servers + "-" + i + ".txt"), List.of("-Xmx1g",
                        "-XX:ActiveProcessorCount=1", "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true")));
            }
            String url = null;
            for (ServerProcess p : procs) {
                url = p.awaitReady(Duration.ofSeconds(300));
            }
            long r0 = System.nanoTime();
            JsonNode run = JSON.readTree(ServerProcess.call(client, "POST", url + "/api/v1/roster-runs", ADMIN, "{\"region\":\""
                    + Province.PROVINCE + "\",\"month\":\"" + Province.MONTH + "\",\"date\":\"" + Province.DATE + "\"}").body());
            String id = run.get("id").asText();
            while (!run.get("status").asText().equals("done")) {
                if (run.get("status").asText().equals("failed")) {
                    throw new IllegalStateException("run failed: " + run);
                }
                Thread.sleep(500);
                run = JSON.readTree(ServerProcess.call(client, "GET", url + "/api/v1/roster-runs/" + id, ADMIN, null).body());
            }
            double seconds = (System.nanoTime() - r0) / 1e9;
            Map<String, Long> byServer = new HashMap<>();
            run.get("jobs").forEach(j -> byServer.merge(j.get("worker").asText().replaceAll("@.*", ""), j.get("cases").asLong(), Long::sum));
            System.out.printf("%d server(s): %d cases in %.1f s = %.0f cases/s; cases by server pid %s; total %s%n", servers,
                    run.get("cases").asLong(), seconds, n / seconds, byServer, run.get("total").asText());
            return seconds;
        } finally {
            for (ServerProcess p : procs) {
                p.stop();
                p.awaitExit(Duration.ofSeconds(60));
            }
            for (Path jfr : recordings) {
                if (Files.exists(jfr)) {
                    System.out.println("  " + jfr.getFileName() + ": " + hot(jfr));
                }
            }
        }
    }

    /** Where a sample's time goes: the first of these found on its stack, innermost first. */
    static final List<Map.Entry<String, String>> PARTS = List.of(Map.entry("SnapshotCodec.write", "writing snapshots (JSON)"),
            Map.entry("SnapshotCodec.read", "reading snapshots (JSON)"), Map.entry("Lifecycle.amountDue", "determining amounts"),
            Map.entry("JpaRosterStore.submit", "storing the roster"), Map.entry("org.postgresql.", "JDBC (PostgreSQL)"),
            Map.entry("org.apache.derby.", "Derby"), Map.entry("org.eclipse.persistence.", "EclipseLink"));

    /** The share of the recording's execution samples in each part of the work, and the five hottest methods. */
    static String hot(Path jfr) throws java.io.IOException {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> parts = new java.util.LinkedHashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
                    || e.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            RecordedFrame f = frames.get(0);
            top.merge(f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1, Integer::sum);
            String part = "other";
            search:
            for (Map.Entry<String, String> p : PARTS) {
                for (RecordedFrame x : frames) {
                    String m = x.getMethod().getType().getName() + "." + x.getMethod().getName();
                    if (m.contains(p.getKey())) {
                        part = p.getValue();
                        break search;
                    }
                }
            }
            parts.merge(part, 1, Integer::sum);
            samples++;
        }
        int all = samples;
        return samples + " samples; " + parts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(x -> String.format("%s %.0f%%", x.getKey(), 100.0 * x.getValue() / all)).collect(Collectors.joining(", "))
                + "; hottest: " + top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .map(x -> String.format("%s %.0f%%", x.getKey(), 100.0 * x.getValue() / all)).collect(Collectors.joining(", "));
    }
}
