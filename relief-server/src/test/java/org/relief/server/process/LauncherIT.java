package org.relief.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/relief-server} (issue 19, the restart row): the first start records an
 * application class-data-sharing archive, written when the server stops; the next start maps it (with
 * {@code -Xshare:on}, which makes the JVM refuse to start on an archive it cannot map); a run that is
 * killed leaves no archive behind, half-written or otherwise.
 */
class LauncherIT {
    static final Duration START = Duration.ofSeconds(90);

    static List<Path> archives(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static int health(String url) throws Exception {
        return ServerProcess.call(HttpClient.newHttpClient(), "GET", url + "/health", null, null).statusCode();
    }

    @Test
    void theFirstStartRecordsAnArchive_whenTheServerStops_andTheNextStartMapsIt(@TempDir Path dir) throws Exception {
        Path cds = dir.resolve("cds");
        Map<String, String> env = Map.of("RELIEF_PORT", "0", "RELIEF_DATA_DIR", dir.resolve("data").toString(),
                "RELIEF_DEMO", "false", "RELIEF_CDS_DIR", cds.toString());
        try (ServerProcess p = ServerProcess.launcher(env, dir.resolve("first.txt"))) {
            assertEquals(200, health(p.awaitReady(START)));
            assertEquals(List.of(), archives(cds).stream().filter(a -> a.toString().endsWith(".jsa")).toList(),
                    "nothing in place before the server stops");
            p.stop();
            p.awaitExit(START);
            assertTrue(p.output().contains("stopped: the store was closed cleanly"), p.output());
            assertFalse(p.output().contains("[cds]"), "the JVM's archive messages stay out of the log: " + p.output());
        }
        List<Path> recorded = archives(cds);
        assertEquals(1, recorded.size(), recorded.toString());
        assertTrue(recorded.get(0).getFileName().toString().matches("relief-server-[0-9]+\\.jsa"), recorded.toString());
        assertTrue(Files.size(recorded.get(0)) > 1_000_000, "an archive of the stack's classes");

        Map<String, String> strict = new java.util.HashMap<>(env);
        strict.put("JAVA_OPTS", "-Xshare:on");
        try (ServerProcess p = ServerProcess.launcher(strict, dir.resolve("second.txt"))) {
            assertEquals(200, health(p.awaitReady(START)));
            List<String> args = ProcessHandle.of(p.pid()).flatMap(h -> h.info().arguments()).map(List::of).orElse(List.of());
            assertTrue(args.contains("-XX:SharedArchiveFile=" + recorded.get(0)), "the launcher became this JVM: " + args);
            p.stop();
            p.awaitExit(START);
        }
        assertEquals(recorded, archives(cds), "the archive is kept, no other made");
    }

    @Test
    void aKilledFirstStart_leavesNoArchive(@TempDir Path dir) throws Exception {
        Path cds = dir.resolve("cds");
        try (ServerProcess p = ServerProcess.launcher(Map.of("RELIEF_PORT", "0", "RELIEF_DATA_DIR",
                dir.resolve("data").toString(), "RELIEF_DEMO", "false", "RELIEF_CDS_DIR", cds.toString()), dir.resolve("out.txt"))) {
            p.awaitReady(START);
            // SIGKILL to the launcher and its JVM (the JVM writes the archive only when it exits by itself)
            ProcessHandle.of(p.pid()).ifPresent(h -> {
                h.descendants().forEach(ProcessHandle::destroyForcibly);
                h.destroyForcibly();
            });
            p.awaitExit(START);
        }
        assertEquals(List.of(), archives(cds).stream().filter(a -> a.toString().endsWith(".jsa")).toList());
    }

    @Test
    void withoutTheJar_theLauncherSaysSoInBothLanguages(@TempDir Path dir) throws Exception {
        try (ServerProcess p = ServerProcess.launcher(Map.of("RELIEF_JAR", dir.resolve("none.jar").toString()),
                dir.resolve("out.txt"))) {
            assertEquals(2, p.awaitExit(START));
            assertTrue(p.output().contains("请先构建") && p.output().contains("build it first"), p.output());
        }
    }
}
