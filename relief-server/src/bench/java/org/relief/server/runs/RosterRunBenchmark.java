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
 * the same work; on PostgreSQL each measurement starts on a vacuumed, analysed and checkpointed database.
 * Prints wall time, cases/s, the ratio two/one, the CPU the machine and each server used during the run,
 * and the hottest methods of the servers' recordings. Never part of the test suite; the commands are in docs/measurements.md.
 */
public final class RosterRunBenchmark {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "roster-run-benchmark-token-0123456789abcd";

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "1000000");
        String seeded = System.getProperty("bench.seeded", "");
        ServerConfig store;
        if (!seeded.isEmpty()) {
            // an embedded store this benchmark seeded before with the same N (its data directory): the rosters of that
            // run are deleted below, the cases kept (seeding 1,000,000 cases on Derby takes ≈ 30 min)
            store = TestStores.config(Path.of(seeded)).withRosterWorkers(0, Duration.ofSeconds(60)).withAdminToken(ADMIN);
            System.setProperty("derby.stream.error.file", Path.of(seeded).resolveSibling("derby.log").toString());
            System.out.println("reusing the cases seeded in " + seeded);
        } else {
            store = store("relief-roster-bench").withAdminToken(ADMIN);
            long t0 = System.nanoTime();
            try (ServerHarness http = new ServerHarness(store)) {
                Province.seed(http.server().injector(), n, Province.COUNTIES.size());
            }
            System.out.printf("seeded %d cases over %d counties in %.1f s (%s)%n", n, Province.COUNTIES.size(),
                    (System.nanoTime() - t0) / 1e9, TestStores.postgresql() ? "PostgreSQL" : "embedded Derby");
        }
        Path dir = store.dataDir().getParent();
        if (!TestStores.postgresql()) {
            reset(store);
            double one = measure(store, dir, 1, n, false);
            System.out.printf("| Derby (embedded, one server only) | %d | %.1f s (%.0f cases/s) | — | — |%n", n, one, n / one);
            return;
        }
        // -XX:ActiveProcessorCount=1 sizes a server for one core, but its collector, compiler and recorder threads still
        // run beside its main work on the other core: each mode measures one server and two, "pinned" with each server
        // bound to one CPU of its own (taskset -c i), so that one server is really limited to one core
        List<String> rows = new ArrayList<>();
        for (boolean pinned : new boolean[] {false, true}) {
            reset(store);
            quiesce();
            double one = measure(store, dir, 1, n, pinned);
            reset(store);
            quiesce();
            double two = measure(store, dir, 2, n, pinned);
            rows.add(String.format("| PostgreSQL, %s | %d | %.1f s (%.0f cases/s) | %.1f s (%.0f cases/s) | %.2f |",
                    pinned ? "each server pinned to one CPU" : "ActiveProcessorCount=1 only", n, one, n / one, two, n / two, one / two));
        }
        rows.forEach(System.out::println);
    }

    /** Deletes the rosters and runs of an earlier measurement, so that the next one does the same work. */
    static void reset(ServerConfig store) {
        try (ServerHarness http = new ServerHarness(store)) {
            http.server().injector().getInstance(Database.class).write(em -> {
                for (String t : List.of("ROSTER_LINE", "ROSTER", "ROSTER_JOB", "ROSTER_RUN")) {
                    em.createNativeQuery("DELETE FROM " + t).executeUpdate();
                }
                return null;
            });
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
    static double measure(ServerConfig store, Path dir, int servers, int n, boolean pinned) throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(store));
        env.putAll(Map.of("RELIEF_PORT", "0", "RELIEF_DEMO", "false", "RELIEF_ADMIN_TOKEN", ADMIN, "RELIEF_ROSTER_WORKERS", "1",
                "RELIEF_ROSTER_LEASE", "60", "RELIEF_DB_POOL_SIZE", "4"));
        List<ServerProcess> procs = new ArrayList<>();
        List<Path> recordings = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            for (int i = 0; i < servers; i++) {
                Path jfr = dir.resolve("server-" + (pinned ? "pinned-" : "") + servers + "-" + i + ".jfr");
                recordings.add(jfr);
                List<String> launcher = pinned ? List.of("taskset", "-c", Integer.toString(i % Runtime.getRuntime().availableProcessors()))
                        : List.of();
                procs.add(ServerProcess.start(env, dir.resolve("server-" + (pinned ? "pinned-" : "") + servers + "-" + i + ".txt"), launcher, List.of("-Xmx1g",
                        "-XX:ActiveProcessorCount=1", "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true")));
            }
            String url = null;
            for (ServerProcess p : procs) {
                url = p.awaitReady(Duration.ofSeconds(300));
            }
            long[] cpu0 = machineJiffies();
            double[] proc0 = procs.stream().mapToDouble(RosterRunBenchmark::cpuSeconds).toArray();
            double self0 = selfCpuSeconds();
            long r0 = System.nanoTime();
            JsonNode run = JSON.readTree(ServerProcess.call(client, "POST", url + "/api/v1/roster-runs", ADMIN, "{\"region\":\""
                    + Province.PROVINCE + "\",\"month\":\"" + Province.MONTH + "\",\"date\":\"" + Province.DATE + "\"}").body());
            String id = run.get("id").asText();
            while (!run.get("status").asText().equals("done")) {
                if (run.get("status").asText().equals("failed")) {
                    throw new IllegalStateException("run failed: " + run);
                }
                Thread.sleep(500);
                try {
                    run = JSON.readTree(ServerProcess.call(client, "GET", url + "/api/v1/roster-runs/" + id, ADMIN, null).body());
                } catch (java.net.http.HttpTimeoutException e) {
                    // on embedded Derby a read of the run waits while a county's roster is being stored (row locks)
                    System.out.println("  (the run's progress took over 30 s to answer; asking again)");
                }
            }
            double seconds = (System.nanoTime() - r0) / 1e9;
            long[] cpu1 = machineJiffies();
            double hz = 100; // USER_HZ of /proc/stat
            double busy = (cpu1[0] - cpu0[0]) / hz;
            double all = (cpu1[1] - cpu0[1]) / hz;
            double serverCpu = 0;
            StringBuilder each = new StringBuilder();
            for (int i = 0; i < procs.size(); i++) {
                double used = cpuSeconds(procs.get(i)) - proc0[i];
                serverCpu += used;
                each.append(each.length() == 0 ? "" : ", ").append(String.format("%.1f s", used));
            }
            double self = selfCpuSeconds() - self0;
            System.out.printf("  CPU during the run: the machine %.1f of %.1f core-seconds busy (%.2f of %d cores); the server(s) %s;"
                    + " this JVM %.1f s; the rest (PostgreSQL, the system) %.1f s%n", busy, all, busy / seconds,
                    Runtime.getRuntime().availableProcessors(), each, self, busy - serverCpu - self);
            Map<String, Long> byServer = new HashMap<>();
            run.get("jobs").forEach(j -> byServer.merge(j.get("worker").asText().replaceAll("@.*", ""), j.get("cases").asLong(), Long::sum));
            System.out.printf("%d server(s)%s: %d cases in %.1f s = %.0f cases/s; cases by server pid %s; total %s%n", servers,
                    pinned ? " pinned" : "",
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

    /**
     * On PostgreSQL, a quiet database before a measurement: the statistics of the tables just filled or emptied
     * gathered and their dead rows vacuumed (else autovacuum does it during the run), and the dirty pages written
     * (a checkpoint). Nothing on Derby.
     */
    static void quiesce() throws java.sql.SQLException {
        if (!TestStores.postgresql()) {
            return;
        }
        long t0 = System.nanoTime();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("relief.test.jdbc"));
             java.sql.Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
            s.execute("CHECKPOINT");
        }
        System.out.printf("  VACUUM ANALYZE and CHECKPOINT in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The machine's busy and total jiffies so far (the first line of /proc/stat; iowait counts as idle). */
    static long[] machineJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (java.io.IOException e) {
            return new long[] {0, 0};
        }
    }

    static double selfCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** The CPU time a server process has used so far, in seconds. */
    static double cpuSeconds(ServerProcess p) {
        return ProcessHandle.of(p.pid()).flatMap(h -> h.info().totalCpuDuration()).map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
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
