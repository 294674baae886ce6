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
 * embedded Derby, and prints the figures with their ratio. Never part of the test suite: run it
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
        // Plain JDBC into the same Derby database, same columns, batches of 1000.
        String url = "jdbc:derby:" + config.dataDir().resolve("db");
        double jdbcSeconds;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE BENCH_HOUSEHOLD (ID BIGINT PRIMARY KEY, VERSION BIGINT, ADMIN_CODE VARCHAR(12), "
                        + "LABEL VARCHAR(200), BODY CLOB, DELETED SMALLINT, CREATED_AT TIMESTAMP, UPDATED_AT TIMESTAMP)");
            }
            c.commit();
            long t0 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO BENCH_HOUSEHOLD VALUES (?, 1, ?, ?, ?, 0, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 1; i <= n; i++) {
                    p.setLong(1, i);
                    p.setString(2, "411082101");
                    p.setString(3, "压测家庭（演示）");
                    p.setString(4, HOUSEHOLD);
                    p.setTimestamp(5, now);
                    p.setTimestamp(6, now);
                    p.addBatch();
                    if (i % 1000 == 0) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                c.commit();
            }
            jdbcSeconds = (System.nanoTime() - t0) / 1e9;
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: Derby shut the database down.
        }
        System.out.printf("JDBC: %d rows in %.1f s = %.0f/s (batches of 1000)%n", n, jdbcSeconds, n / jdbcSeconds);
        System.out.printf("ratio API bulk time / JDBC time = %.1f%n", apiSeconds / jdbcSeconds);
    }
}
