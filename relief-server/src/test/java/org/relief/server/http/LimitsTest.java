package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;

/** Issue 15 item 13: slow uploads cannot hold the server: an idle timeout and a bound on requests at once. */
class LimitsTest {
    @Test
    void stalledUploadsHoldAtMostTheBound_othersGet503_andTheServerRecovers(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(ServerConfig.forTest(dir.resolve("data"))
                .withLimits(Duration.ofSeconds(2), 2))) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    Socket s = new Socket("127.0.0.1", http.server().port());
                    OutputStream out = s.getOutputStream();
                    out.write(("POST /api/v1/determinations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    stalled.add(s);
                }
                Thread.sleep(300);
                long t0 = System.nanoTime();
                var busy = http.get("/health");
                assertEquals(503, busy.statusCode(), busy.body());
                assertTrue(busy.body().contains("\"SERVICE_UNAVAILABLE\""), busy.body());
                assertTrue(busy.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "answered, not held");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
            Thread.sleep(2500);
            assertEquals(200, http.get("/health").statusCode(), "the stalled uploads were dropped: free again");
        }
    }
}
