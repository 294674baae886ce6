package org.relief.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.relief.core.model.Household;
import org.relief.perf.RandomRequests;
import org.relief.server.ReliefServer;
import org.relief.server.ServerConfig;
import org.relief.testkit.json.HouseholdWriter;
import org.relief.testkit.json.ReliefJson;

/**
 * Inserts N varied households (1–6 members, every input the dibao and tekun rules read, in eight
 * townships of 长葛 drawn at random: {@link RandomRequests#plainHouseholds}) through the bulk endpoint
 * {@code POST /api/v1/households/bulk} (1000 a call: validation with the core's model, one audit entry
 * per call and township listing its households, one transaction a call), the same calls again from two
 * client threads (for information: two calls in flight), a sample through the single
 * {@code POST /api/v1/households}, then the same N households by plain JDBC batches of 1000 into the
 * same embedded Derby — into a table with a primary key only (the baseline), with the index on
 * the area, with the audit entries relief writes now (one per batch and area, listing the batch), and
 * with one audit entry per household as relief wrote them before — and prints the figures with their
 * ratios. All of it twice, on one server, store and set of tables: a warm-up round of other households (as
 * many as the measured round by default, the second argument; {@code 0} for none), not reported, then the
 * measured round, so that relief and the JDBC baselines are compared with the JIT warm on both and the store's
 * statements compiled, each side into tables that hold the warm-up's rows. The API figure gives the JVM's uptime
 * at the measured import's start and end, the window of a profile. Never part of the test suite: run it with
 * the bench profile.
 */
public final class BulkInsertBenchmark {
    private static final int BATCH = 1000;
    private static final LocalDate DATE = LocalDate.of(2024, 6, 1);
    private static final String LABEL = "压测家庭（演示）";

    /** A household to import: its area and its JSON. */
    private record Item(String area, String body) {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        int warm = Integer.parseInt(args.length > 1 ? args[1] : String.valueOf(n));
        Path dir = Files.createTempDirectory("relief-bench");
        ServerConfig config = ServerConfig.forTest(dir.resolve("data")).withDemo(true);
        String url = "jdbc:derby:" + config.dataDir().resolve("db");
        try (ReliefServer server = ReliefServer.start(config)) {
            // A warm-up round first, on the same server, store and tables, as a long-running server imports into its one
            // store (JMH's warm-up iterations): the measured round then compares relief and plain JDBC with the JIT warm
            // on both and the store's statements compiled. Without it relief's first calls ran interpreted while the
            // JDBC baselines, run after it, found Derby's code compiled; with a warm-up on a store of its own, the
            // measured round's new database had its statements' classes generated and compiled again meanwhile (C2 took
            // the second core for most of the round: docs/measurements.md).
            Tables tables = new Tables(url);
            if (warm > 0) {
                System.out.printf("warm-up round: %d households (not reported)%n", warm);
                round(server, tables, households(warm, 23), false);
            }
            round(server, tables, households(n, 19), true);
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: Derby shut the database down.
        }
    }

    /**
     * One round on the server's store: the households through the API (one call at a time, then again from two
     * client threads), then the same households by plain JDBC into the baselines' tables in the same Derby.
     */
    private static void round(ReliefServer server, Tables tables, List<Item> items, boolean report) throws Exception {
        int n = items.size();
        int threads = 4;
        double apiSeconds;
        double twoInFlight;
        String token = server.demoTokens().stream().filter(l -> l.startsWith("reviewer-changge ")).findFirst()
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).orElseThrow();
        HttpClient client = HttpClient.newHttpClient();
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < n; from += BATCH) {
            StringBuilder b = new StringBuilder("{\"items\":[");
            for (int i = from; i < Math.min(n, from + BATCH); i++) {
                b.append(i == from ? "" : ",").append(item(items.get(i)));
            }
            bodies.add(b.append("]}").toString());
        }
        URI bulkUri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/households/bulk");
        long t0 = System.nanoTime();
        long up0 = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        for (int call = 0; call < bodies.size(); call++) {
            importCall(client, bulkUri, token, bodies.get(call));
            if (report && (call + 1) % 20 == 0) {
                System.err.printf("  … %d households imported%n", (call + 1) * BATCH);
            }
        }
        apiSeconds = (System.nanoTime() - t0) / 1e9;
        long up1 = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        // The same calls again from two client threads (two calls in flight: one read while the other is stored;
        // the store takes one writer at a time). Not the goal row — its baseline is one JDBC connection.
        AtomicInteger nextCall = new AtomicInteger();
        twoInFlight = onThreads(2, () -> {
            int call;
            while ((call = nextCall.getAndIncrement()) < bodies.size()) {
                importCall(client, bulkUri, token, bodies.get(call));
            }
        });
        double singleSeconds = 0;
        int single = Math.min(n, 2000);
        if (report) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/households");
            AtomicInteger next = new AtomicInteger();
            singleSeconds = onThreads(threads, () -> {
                int i;
                while ((i = next.getAndIncrement()) < single) {
                    client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(item(items.get(i))))
                            .build(), HttpResponse.BodyHandlers.discarding());
                }
            });
        }
        Map<Rows, Double> jdbc = new LinkedHashMap<>();
        for (Rows rows : Rows.values()) {
            jdbc.put(rows, tables.insert(items, rows));
        }
        double twoConnections = tables.bareOnTwoConnections(items);
        if (!report) {
            return;
        }
        long stored = server.injector().getInstance(org.relief.server.persistence.HouseholdRepository.class).countRows();
        System.out.printf("API bulk:   %d households in %.1f s = %.0f/s (1000 a call; the JVM's uptime %.1f–%.1f s, for a "
                + "profile's window)%n", n, apiSeconds, n / apiSeconds, up0 / 1e3, up1 / 1e3);
        System.out.printf("API bulk, two calls in flight: %d more households in %.1f s = %.0f/s%n", n, twoInFlight,
                n / twoInFlight);
        System.out.printf("API single: %d households in %.1f s = %.0f/s (%d client threads, one transaction each); "
                + "the store now holds %d households%n", single, singleSeconds, single / singleSeconds, threads, stored);
        for (Map.Entry<Rows, Double> e : jdbc.entrySet()) {
            System.out.printf("JDBC, %s: %d households in %.1f s = %.0f/s; API bulk / it = %.1f%n", e.getKey().text, n,
                    e.getValue(), n / e.getValue(), apiSeconds / e.getValue());
        }
        System.out.printf("ratio API bulk time / JDBC time = %.1f (the issue's baseline: %s)%n", apiSeconds / jdbc.get(Rows.BARE),
                Rows.BARE.text);
        System.out.printf("ratio API bulk time / JDBC time of the same rows = %.1f%n", apiSeconds / jdbc.get(Rows.SAME));
        System.out.printf("JDBC, a table with its primary key only, two connections (batches taken in turn): %d households in "
                + "%.1f s; API bulk with two calls in flight / it = %.1f%n", items.size(), twoConnections, twoInFlight / twoConnections);
    }

    /** One call of the bulk endpoint; anything but 201 stops the benchmark. */
    private static void importCall(HttpClient client, URI uri, String token, String body) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("bulk import failed: " + r.statusCode() + " " + r.body());
        }
    }

    /** {@code n} varied households in eight townships of 长葛, drawn from {@code seed}. */
    private static List<Item> households(int n, long seed) {
        Random random = new Random(seed);
        List<Item> out = new ArrayList<>(n);
        for (Household h : RandomRequests.plainHouseholds(n, seed, DATE, 0)) {
            out.add(new Item("41108210" + (1 + random.nextInt(8)), ReliefJson.compact(HouseholdWriter.write(h))));
        }
        return out;
    }

    private static String item(Item i) {
        return "{\"label\":\"" + LABEL + "\",\"area\":\"" + i.area() + "\",\"household\":" + i.body() + "}";
    }

    /** What the plain JDBC baseline writes. */
    private enum Rows {
        BARE("a table with its primary key only"),
        HOUSEHOLDS("with the index on the area, no audit entries"),
        SAME("the same rows: with the index, an audit entry per batch and area listing its households, times as relief's "
                + "schema keeps them (serialised, BLOB)"),
        ENTRY_EACH("with the index, and an audit entry per household (relief before 0.5.0)");

        final String text;

        Rows(String text) {
            this.text = text;
        }
    }

    /**
     * The baselines' tables in the same Derby, created at the first round and kept: each round inserts the next ids, so
     * that, like relief's store, they hold the earlier rounds' rows.
     */
    private static final class Tables {
        private final String url;
        private final Map<Rows, long[]> next = new java.util.EnumMap<>(Rows.class);
        private long nextTwo = 1;

        Tables(String url) throws SQLException {
            this.url = url;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                for (Rows rows : Rows.values()) {
                    create(s, rows);
                    next.put(rows, new long[] {1, 1});
                }
                s.execute("CREATE TABLE BENCH_BARE_TWO (ID BIGINT PRIMARY KEY, VERSION BIGINT, ADMIN_CODE VARCHAR(12), "
                        + "LABEL VARCHAR(200), BODY CLOB, DELETED SMALLINT, CREATED_AT TIMESTAMP, UPDATED_AT TIMESTAMP)");
            }
        }

        private static void create(Statement s, Rows rows) throws SQLException {
            String table = "BENCH_" + rows;
            // relief's schema keeps an Instant Java-serialised (BLOB), as EclipseLink 4.0 stored it under 0.1.0
            String time = rows == Rows.SAME ? "BLOB" : "TIMESTAMP";
            s.execute("CREATE TABLE " + table + " (ID BIGINT PRIMARY KEY, VERSION BIGINT, ADMIN_CODE VARCHAR(12), "
                    + "LABEL VARCHAR(200), BODY CLOB, DELETED SMALLINT, CREATED_AT " + time + ", UPDATED_AT " + time + ")");
            if (rows != Rows.BARE) {
                s.execute("CREATE INDEX " + table + "_ADMIN_CODE ON " + table + " (ADMIN_CODE)");
            }
            if (rows == Rows.SAME || rows == Rows.ENTRY_EACH) {
                s.execute("CREATE TABLE " + table + "_AUDIT (SEQ BIGINT PRIMARY KEY, ACTION VARCHAR(60), ACTOR VARCHAR(100), "
                        + "ADMIN_CODE VARCHAR(12), AFTER_DIGEST VARCHAR(64), OCCURRED_AT " + time + ", BEFORE_DIGEST VARCHAR(64), "
                        + "HASH VARCHAR(64), PREV_HASH VARCHAR(64), PREVIOUS_ADMIN_CODE VARCHAR(12), ROLE VARCHAR(30), "
                        + "TARGET VARCHAR(100), TARGETS CLOB)");
                s.execute("CREATE INDEX " + table + "_AUDIT_ADMIN_CODE ON " + table + "_AUDIT (ADMIN_CODE)");
                s.execute("CREATE INDEX " + table + "_AUDIT_PREVIOUS ON " + table + "_AUDIT (PREVIOUS_ADMIN_CODE)");
            }
        }

        /** The items into the table of {@code rows}, batches of 1000, a commit each; the seconds it took. */
        double insert(List<Item> items, Rows rows) throws SQLException {
            String table = "BENCH_" + rows;
            boolean audit = rows == Rows.SAME || rows == Rows.ENTRY_EACH;
            long[] ids = next.get(rows); // {next household id, next audit seq}
            try (Connection c = DriverManager.getConnection(url)) {
                c.setAutoCommit(false);
                long t0 = System.nanoTime();
                String digest = "0123456789abcdef".repeat(4);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " VALUES (?, 1, ?, ?, ?, 0, ?, ?)");
                     PreparedStatement a = audit ? c.prepareStatement("INSERT INTO " + table + "_AUDIT VALUES (?, 'household.create', "
                             + "'reviewer-changge', ?, ?, ?, '', ?, ?, NULL, 'townshipReviewer', ?, ?)") : null) {
                    Instant at = Instant.now();
                    Object now = rows == Rows.SAME ? serialised(at) : Timestamp.from(at);
                    Map<String, StringBuilder> listed = new LinkedHashMap<>();
                    for (int i = 1; i <= items.size(); i++) {
                        Item item = items.get(i - 1);
                        long id = ids[0]++;
                        p.setLong(1, id);
                        p.setString(2, item.area());
                        p.setString(3, LABEL);
                        p.setString(4, item.body());
                        p.setObject(5, now);
                        p.setObject(6, now);
                        p.addBatch();
                        if (rows == Rows.ENTRY_EACH) {
                            auditRow(a, ids[1]++, item.area(), now, digest, "household:" + id, null);
                        } else if (rows == Rows.SAME) {
                            listed.computeIfAbsent(item.area(), k -> new StringBuilder()).append("household:").append(id).append(' ')
                                    .append(digest).append('\n');
                        }
                        if (i % BATCH == 0 || i == items.size()) {
                            p.executeBatch();
                            for (Map.Entry<String, StringBuilder> e : listed.entrySet()) {
                                auditRow(a, ids[1]++, e.getKey(), now, digest, "households", e.getValue().toString());
                            }
                            listed.clear();
                            if (audit) {
                                a.executeBatch();
                            }
                            c.commit();
                        }
                    }
                }
                return (System.nanoTime() - t0) / 1e9;
            }
        }

        /** The baseline written from two connections at once, each taking the next batch of 1000 in turn. */
        double bareOnTwoConnections(List<Item> items) throws Exception {
            long first = nextTwo;
            nextTwo += items.size();
            AtomicInteger nextBatch = new AtomicInteger();
            return onThreads(2, () -> {
                try (Connection c = DriverManager.getConnection(url);
                     PreparedStatement p = c.prepareStatement("INSERT INTO BENCH_BARE_TWO VALUES (?, 1, ?, ?, ?, 0, ?, ?)")) {
                    c.setAutoCommit(false);
                    Timestamp now = Timestamp.from(Instant.now());
                    int from;
                    while ((from = nextBatch.getAndIncrement() * BATCH) < items.size()) {
                        for (int i = from; i < Math.min(items.size(), from + BATCH); i++) {
                            p.setLong(1, first + i);
                            p.setString(2, items.get(i).area());
                            p.setString(3, LABEL);
                            p.setString(4, items.get(i).body());
                            p.setTimestamp(5, now);
                            p.setTimestamp(6, now);
                            p.addBatch();
                        }
                        p.executeBatch();
                        c.commit();
                    }
                }
            });
        }
    }

    /** Work a thread does until the shared work is done. */
    @FunctionalInterface
    private interface Worker {
        void run() throws Exception;
    }

    /** Runs {@code worker} on {@code threads} threads at once; the seconds until the last one is done. */
    private static double onThreads(int threads, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    worker.run();
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private static byte[] serialised(Instant at) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64);
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(at);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void auditRow(PreparedStatement a, long seq, String area, Object now, String digest, String target,
                                 String targets) throws SQLException {
        a.setLong(1, seq);
        a.setString(2, area);
        a.setString(3, digest);
        a.setObject(4, now);
        a.setString(5, digest);
        a.setString(6, digest);
        a.setString(7, target);
        a.setString(8, targets);
        a.addBatch();
    }
}
