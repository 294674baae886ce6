package org.relief.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 5: loopback by default, RELIEF_HOST, the demo warning, and OpenAPI's servers entry. */
class BindingTest {
    static Optional<InetAddress> nonLoopback() throws SocketException {
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    static boolean connects(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static ServerConfig fromEnv(Path dir, Map<String, String> more) {
        java.util.HashMap<String, String> env = new java.util.HashMap<>(more);
        env.put("RELIEF_PORT", "0");
        env.put("RELIEF_DATA_DIR", dir.toString());
        return ServerConfig.from(env);
    }

    @Test
    void byDefault_listensOnLoopbackOnly_andSaysSo(@TempDir Path dir) throws Exception {
        assertEquals("127.0.0.1", ServerConfig.from(Map.of()).host());
        try (ServerHarness http = new ServerHarness(fromEnv(dir, Map.of("RELIEF_DEMO", "true")))) {
            int port = http.server().port();
            assertTrue(connects(InetAddress.getLoopbackAddress(), port));
            Optional<InetAddress> lan = nonLoopback();
            assumeTrue(lan.isPresent(), "no non-loopback interface on this machine");
            assertTrue(!connects(lan.get(), port), "not reachable on " + lan.get() + " by default");
            assertTrue(http.server().banner().contains("http://127.0.0.1:" + port), http.server().banner());
            assertTrue(http.server().warnings().isEmpty(), "demo data on loopback: no warning");
        }
    }

    @Test
    void reliefHost_choosesTheAddress_andDemoDataOffLoopbackIsWarnedAbout(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(fromEnv(dir, Map.of("RELIEF_HOST", "0.0.0.0", "RELIEF_DEMO", "true")))) {
            Optional<InetAddress> lan = nonLoopback();
            assumeTrue(lan.isPresent(), "no non-loopback interface on this machine");
            assertTrue(connects(lan.get(), http.server().port()), "RELIEF_HOST=0.0.0.0: every interface");
            assertEquals(1, http.server().warnings().size());
            String w = http.server().warnings().get(0);
            assertTrue(w.contains("RELIEF_DEMO=false") && w.contains("0.0.0.0") && w.contains("演示"), w);
        }
        try (ServerHarness quiet = new ServerHarness(fromEnv(dir.resolve("2"), Map.of("RELIEF_HOST", "0.0.0.0",
                "RELIEF_DEMO", "false")))) {
            assertTrue(quiet.server().warnings().isEmpty(), "no demo data: no warning");
        }
    }

    @Test
    void openApiServers_followTheRealHostAndPort(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(fromEnv(dir, Map.of("RELIEF_DEMO", "false")))) {
            JsonNode doc = new ObjectMapper().readTree(http.get("/openapi.json").body());
            assertEquals("http://127.0.0.1:" + http.server().port(), doc.get("servers").get(0).get("url").asText());
            assertEquals(1, doc.get("servers").size());
        }
    }

    @Test
    void aMalformedHostOrPortIsRefusedNamingTheVariable() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.from(Map.of("RELIEF_PORT", "70000")));
        assertTrue(port.getMessage().contains("RELIEF_PORT"), port.getMessage());
    }
}
