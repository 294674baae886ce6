package org.relief.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 10, with the shaded jar as a process: a line on SIGTERM and the store closed cleanly;
 * a setting that cannot work stops the start at once with one line in both languages naming it.
 */
class StartupAndShutdownIT {
    static final Duration START = Duration.ofSeconds(90);

    /** Runs the jar expecting it to fail: its exit status and its whole output, which is one line. */
    static String failsWithOneLine(Map<String, String> env, Path dir, String setting) throws Exception {
        try (ServerProcess p = ServerProcess.start(env, dir.resolve("out.txt"))) {
            long t0 = System.nanoTime();
            int status = p.awaitExit(START);
            assertNotEquals(0, status, p.output());
            assertTrue(System.nanoTime() - t0 < START.toNanos(), "at once");
            String out = p.output().strip();
            assertEquals(1, out.lines().count(), "one line: " + out);
            assertTrue(out.contains(setting), out);
            assertTrue(out.contains("无法启动") && out.contains("cannot start"), "both languages: " + out);
            assertFalse(out.contains("Exception") || out.contains("\tat "), "no stack trace: " + out);
            return out;
        }
    }

    /**
     * SIGTERM logs a line and closes the store cleanly; and (issue 15 item 15) an ID number sent
     * anywhere in requests — bodies, paths, queries, tokens — never reaches the log in clear.
     */
    @Test
    void sigterm_logsALine_andClosesTheStoreCleanly_andNoIdNumberReachedTheLog(@TempDir Path dir) throws Exception {
        String id = "411082196001011238";
        Path data = dir.resolve("data");
        try (ServerProcess p = ServerProcess.start(Map.of("RELIEF_PORT", "0", "RELIEF_DATA_DIR", data.toString(),
                "RELIEF_DEMO", "true"), dir.resolve("out.txt"))) {
            String url = p.awaitReady(START);
            HttpClient client = HttpClient.newHttpClient();
            assertEquals(200, ServerProcess.call(client, "GET", url + "/health", null, null).statusCode());
            assertTrue(Files.exists(data.resolve("db").resolve("db.lck")), "Derby holds its lock while running");
            String admin = Files.readString(data.resolve("demo-tokens.txt")).lines()
                    .filter(l -> l.startsWith("admin ")).findFirst().orElseThrow().split(" ")[3];
            ServerProcess.call(client, "POST", url + "/api/v1/standards", admin, "{\"key\":\"dibao.urban.monthly\",\"area\":"
                    + "\"411000\",\"effectiveFrom\":\"2025-01-01\",\"value\":\"700\",\"unit\":\"monthly\",\"documentNumber\":\"x\","
                    + "\"issuer\":\"" + id + "局".repeat(300) + "\",\"published\":\"2024-12-01\"}");
            ServerProcess.call(client, "POST", url + "/api/v1/households", admin, "{\"label\":\"" + id + "\",\"area\":\"411082\","
                    + "\"household\":{\"members\":[{\"id\":\"" + id + "\",\"idNumber\":\"411082196001011239\"}]}}");
            ServerProcess.call(client, "POST", url + "/api/v1/determinations", null, "{\"region\":\"" + id + "\"");
            ServerProcess.call(client, "GET", url + "/api/v1/households/" + id, admin, null);
            ServerProcess.call(client, "GET", url + "/api/v1/households?code=" + id, "rlf_" + id, null);
            p.stop();
            p.awaitExit(Duration.ofSeconds(60));
            String out = p.output();
            assertTrue(out.contains("stopping: shutdown signal received") && out.contains("收到停止信号"), out);
            assertTrue(out.contains("the store was closed cleanly"), out);
            assertFalse(Files.exists(data.resolve("db").resolve("db.lck")), "a clean Derby shutdown removes its lock");
            assertFalse(out.contains(id) || out.contains("411082196001011239"), out);
            assertFalse(Files.readString(data.resolve("derby.log")).contains(id), "nor Derby's log");
        }
    }

    @Test
    void noJdbcDriverForTheUrl(@TempDir Path dir) throws Exception {
        failsWithOneLine(Map.of("RELIEF_PORT", "0", "RELIEF_DATA_DIR", dir.resolve("data").toString(),
                "RELIEF_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/relief"), dir, "RELIEF_JDBC_URL");
    }

    @Test
    void databaseUnreachable(@TempDir Path dir) throws Exception {
        String out = failsWithOneLine(Map.of("RELIEF_PORT", "0", "RELIEF_DATA_DIR", dir.resolve("data").toString(),
                "RELIEF_JDBC_URL", "jdbc:derby:" + dir.resolve("no-such-database")), dir, "RELIEF_JDBC_URL");
        assertTrue(out.contains("cannot be reached"), out);
    }

    @Test
    void portInUse(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String out = failsWithOneLine(Map.of("RELIEF_PORT", Integer.toString(taken.getLocalPort()), "RELIEF_DATA_DIR",
                    dir.resolve("data").toString()), dir, "RELIEF_PORT");
            assertTrue(out.contains(Integer.toString(taken.getLocalPort())), out);
        }
    }

    @Test
    void dataDirectoryNotWritable(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        failsWithOneLine(Map.of("RELIEF_PORT", "0", "RELIEF_DATA_DIR", file.resolve("data").toString()), dir,
                "RELIEF_DATA_DIR");
    }

    @Test
    void aMalformedSetting_exits2NamingIt(@TempDir Path dir) throws Exception {
        try (ServerProcess p = ServerProcess.start(Map.of("RELIEF_PORT", "seventy", "RELIEF_DATA_DIR",
                dir.resolve("data").toString()), dir.resolve("out.txt"))) {
            assertEquals(2, p.awaitExit(START));
            assertTrue(p.output().strip().lines().count() == 1 && p.output().contains("RELIEF_PORT"), p.output());
        }
    }
}
