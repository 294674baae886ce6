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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.relief.server.ReliefServer;
import org.relief.server.ServerConfig;

/**
 * Inserts N households through the bulk endpoint {@code POST /api/v1/households/bulk} (1000 a call:
 * validation with the core's model, an audit entry each, one transaction a call), a sample through
 * the single {@code POST /api/v1/households}, then N rows by plain JDBC batches of 1000 into the same
 * embedded Derby — once into a table with a primary key only, once the same rows relief stores (households
 * and an audit entry each, with the schema's indexes) — and prints the figures with their ratios. Never part of the test suite: run it
 * with the bench profile.
 */
public final class BulkInsertBenchmark {
    private static final String HOUSEHOLD = "{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"idNumber\":\"411082196001011238\","
            + "\"incomes\":[{\"kind\":\"wage\",\"monthly\":\"800.00\"}]},{\"id\":\"p2\",\"birthDate\":\"2012-05-01\",\"incomes\":[]}]}";

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        int threads = 4;
        Path dir = Files.createTempDirectory("relief-bench");
        ServerConfig config = ServerConfig.forTest(dir.resolve("data")).withDemo(true);
        double apiSeconds;
        try (ReliefServer server = ReliefServer.start(config)) {
            String token = server.demoTokens().stream().filter(l -> l.startsWith("reviewer-changge ")).findFirst()
                    .map(l -> l.substring(l.lastIndexOf(' ') + 1)).orElseThrow();
            HttpClient client = HttpClient.newHttpClient();
            String item = "{\"label\":\"压测家庭（演示）\",\"area\":\"411082101\",\"household\":" + HOUSEHOLD + "}";
            String bulk = "{\"items\":[" + String.join(",", java.util.Collections.nCopies(1000, item)) + "]}";
            URI bulkUri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/households/bulk");
            long t0 = System.nanoTime();
            for (int done = 0; done < n; done += 1000) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(bulkUri).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(bulk)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("bulk import failed: " + r.statusCode() + " " + r.body());
                }
                if ((done + 1000) % 20_000 == 0) {
                    System.err.printf("  … %d households imported%n", done + 1000);
                }
            }
            apiSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("API bulk:   %d households in %.1f s = %.0f/s (1000 a call)%n", n, apiSeconds, n / apiSeconds);
            int single = Math.min(n, 2000);
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/households");
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t1 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    while (next.getAndIncrement() < single) {
                        client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(item)).build(),
                                HttpResponse.BodyHandlers.discarding());
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            double singleSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("API single: %d households in %.1f s = %.0f/s (%d client threads, one transaction each)%n",
                    single, singleSeconds, single / singleSeconds, threads);
        }
        // Plain JDBC into the same Derby database, batches of 1000: (1) the baseline, the household columns in a
        // table with a primary key only; (2) the same rows as relief stores — households with the index on ADMIN_CODE,
        // and one audit entry each with the audit table's two indexes — without validation, JSON or hashing
        String url = "jdbc:derby:" + config.dataDir().resolve("db");
        double jdbcSeconds = jdbc(url, n, false);
        double sameRowsSeconds = jdbc(url, n, true);
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: Derby shut the database down.
        }
        System.out.printf("JDBC: %d rows in %.1f s = %.0f/s (batches of 1000, a table with its primary key only)%n", n, jdbcSeconds,
                n / jdbcSeconds);
        System.out.printf("JDBC, the same rows: %d households + %d audit entries in %.1f s = %.0f households/s (the schema's indexes)%n",
                n, n, sameRowsSeconds, n / sameRowsSeconds);
        System.out.printf("ratio API bulk time / JDBC time = %.1f%n", apiSeconds / jdbcSeconds);
        System.out.printf("ratio API bulk time / JDBC time of the same rows = %.1f%n", apiSeconds / sameRowsSeconds);
    }

    private static double jdbc(String url, int n, boolean sameRows) throws SQLException {
        String suffix = sameRows ? "2" : "";
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE BENCH_HOUSEHOLD" + suffix + " (ID BIGINT PRIMARY KEY, VERSION BIGINT, ADMIN_CODE VARCHAR(12), "
                        + "LABEL VARCHAR(200), BODY CLOB, DELETED SMALLINT, CREATED_AT TIMESTAMP, UPDATED_AT TIMESTAMP)");
                if (sameRows) {
                    s.execute("CREATE INDEX BENCH_HOUSEHOLD2_ADMIN_CODE ON BENCH_HOUSEHOLD2 (ADMIN_CODE)");
                    s.execute("CREATE TABLE BENCH_AUDIT (SEQ BIGINT PRIMARY KEY, ACTION VARCHAR(60), ACTOR VARCHAR(100), "
                            + "ADMIN_CODE VARCHAR(12), AFTER_DIGEST VARCHAR(64), OCCURRED_AT TIMESTAMP, BEFORE_DIGEST VARCHAR(64), "
                            + "HASH VARCHAR(64), PREV_HASH VARCHAR(64), PREVIOUS_ADMIN_CODE VARCHAR(12), ROLE VARCHAR(30), "
                            + "TARGET VARCHAR(100))");
                    s.execute("CREATE INDEX BENCH_AUDIT_ADMIN_CODE ON BENCH_AUDIT (ADMIN_CODE)");
                    s.execute("CREATE INDEX BENCH_AUDIT_PREVIOUS ON BENCH_AUDIT (PREVIOUS_ADMIN_CODE)");
                }
            }
            c.commit();
            long t0 = System.nanoTime();
            String digest = "0123456789abcdef".repeat(4);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO BENCH_HOUSEHOLD" + suffix + " VALUES (?, 1, ?, ?, ?, 0, ?, ?)");
                 PreparedStatement a = sameRows ? c.prepareStatement("INSERT INTO BENCH_AUDIT VALUES (?, 'household.create', "
                         + "'reviewer-changge', '411082101', ?, ?, NULL, ?, ?, NULL, 'reviewer', ?)") : null) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 1; i <= n; i++) {
                    p.setLong(1, i);
                    p.setString(2, "411082101");
                    p.setString(3, "压测家庭（演示）");
                    p.setString(4, HOUSEHOLD);
                    p.setTimestamp(5, now);
                    p.setTimestamp(6, now);
                    p.addBatch();
                    if (sameRows) {
                        a.setLong(1, i);
                        a.setString(2, digest);
                        a.setTimestamp(3, now);
                        a.setString(4, digest);
                        a.setString(5, digest);
                        a.setString(6, "household/" + i);
                        a.addBatch();
                    }
                    if (i % 1000 == 0) {
                        p.executeBatch();
                        if (sameRows) {
                            a.executeBatch();
                        }
                        c.commit();
                    }
                }
                p.executeBatch();
                if (sameRows) {
                    a.executeBatch();
                }
                c.commit();
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
