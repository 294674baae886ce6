package org.relief.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.TestStores;

/**
 * Issue 15's kill -9 test: the shaded jar under write load (single creates and bulk imports from
 * several threads) is killed with SIGKILL at a random moment, {@code relief.kill.runs} times on the
 * same store (5 in {@code mvn verify}; {@code mvn -Pkill20 verify} runs 20). Then: every
 * acknowledged write is present exactly once, no write is present twice, every bulk import is all
 * or none, and the audit chain is intact. On the store of {@link TestStores} (PostgreSQL in its leg).
 */
@Tag("store")
class KillUnderLoadIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = "kill-under-load-admin-token-0123456789abcdef";
    static final int BULK = 5;
    static final String MEMBERS = "{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"incomes\":[]}]}";

    @Test
    void acknowledgedWritesSurviveKill9_exactlyOnce_bulkAllOrNone_chainIntact(@TempDir Path dir) throws Exception {
        int runs = Integer.getInteger("relief.kill.runs", 5);
        Random random = new Random(15L);
        // the data directory (embedded Derby), or one fresh PostgreSQL schema in the PostgreSQL leg, for every run
        Map<String, String> env = new HashMap<>(TestStores.env(dir.resolve("data")));
        env.putAll(Map.of("RELIEF_PORT", "0", "RELIEF_DEMO", "false", "RELIEF_ADMIN_TOKEN", ADMIN));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> acknowledgedBatches = ConcurrentHashMap.newKeySet();
        Set<String> attemptedBatches = ConcurrentHashMap.newKeySet();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int writes = 0;
        for (int run = 1; run <= runs; run++) {
            try (ServerProcess p = ServerProcess.start(env, dir.resolve("run-" + run + ".txt"))) {
                String url = p.awaitReady(Duration.ofSeconds(120));
                AtomicBoolean alive = new AtomicBoolean(true);
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    String prefix = "r" + run + "w" + w + "n";
                    boolean bulk = w % 2 == 1;
                    Thread t = new Thread(() -> {
                        for (int n = 0; alive.get(); n++) {
                            try {
                                if (bulk) {
                                    String batch = prefix + n;
                                    attemptedBatches.add(batch);
                                    StringBuilder items = new StringBuilder();
                                    for (int i = 0; i < BULK; i++) {
                                        items.append(i == 0 ? "" : ",").append(item(batch + "i" + i));
                                    }
                                    if (ServerProcess.call(client, "POST", url + "/api/v1/households/bulk", ADMIN,
                                            "{\"items\":[" + items + "]}").statusCode() == 201) {
                                        acknowledgedBatches.add(batch);
                                    }
                                } else if (ServerProcess.call(client, "POST", url + "/api/v1/households", ADMIN,
                                        item(prefix + n)).statusCode() == 201) {
                                    acknowledged.add(prefix + n);
                                }
                            } catch (Exception e) {
                                return; // the server is gone
                            }
                        }
                    });
                    t.start();
                    writers.add(t);
                }
                // Kill while writes are flowing: after this run's first acknowledgements, at a random moment.
                int ackedBefore = acknowledged.size() + acknowledgedBatches.size();
                for (int wait = 0; wait < 300 && acknowledged.size() + acknowledgedBatches.size() < ackedBefore + 4; wait++) {
                    Thread.sleep(100);
                }
                Thread.sleep(300 + random.nextInt(1200));
                p.kill();
                p.awaitExit(Duration.ofSeconds(30));
                alive.set(false);
                for (Thread t : writers) {
                    t.join(30_000);
                }
            }
            writes = acknowledged.size() + acknowledgedBatches.size() * BULK;
        }
        try (ServerProcess p = ServerProcess.start(env, dir.resolve("after.txt"))) {
            String url = p.awaitReady(Duration.ofSeconds(120));
            Map<String, Integer> labels = new HashMap<>();
            java.util.Set<String> stored = new java.util.HashSet<>();
            for (int page = 1; ; page++) {
                JsonNode items = JSON.readTree(ServerProcess.call(client, "GET", url + "/api/v1/households?size=100&page=" + page,
                        ADMIN, null).body()).get("items");
                items.forEach(h -> labels.merge(h.get("label").asText(), 1, Integer::sum));
                items.forEach(h -> stored.add("household:" + h.get("id").asLong()));
                if (items.size() < 100) {
                    break;
                }
            }
            for (String label : acknowledged) {
                assertEquals(1, labels.getOrDefault(label, 0), "acknowledged write " + label + " present exactly once");
            }
            labels.forEach((label, n) -> assertEquals(1, n, label + " stored twice"));
            for (String batch : attemptedBatches) {
                long present = java.util.stream.IntStream.range(0, BULK).filter(i -> labels.containsKey(batch + "i" + i)).count();
                assertTrue(present == 0 || present == BULK, "bulk " + batch + ": " + present + " of " + BULK);
                if (acknowledgedBatches.contains(batch)) {
                    assertEquals(BULK, present, "acknowledged bulk " + batch);
                }
            }
            HttpResponse<String> v = ServerProcess.call(client, "GET", url + "/api/v1/audit/verify", ADMIN, null);
            JsonNode verification = JSON.readTree(v.body());
            assertTrue(verification.get("intact").asBoolean(), v.body());
            // Every stored household's creation is audited once: its own entry, or a line of its batch's entry.
            Map<String, Integer> created = new HashMap<>();
            String audit = url + "/api/v1/audit?size=500";
            while (audit != null) {
                JsonNode page = JSON.readTree(ServerProcess.call(client, "GET", audit, ADMIN, null).body());
                for (JsonNode e : page.get("items")) {
                    if (e.get("action").asText().equals("household.create")) {
                        if (e.has("items")) {
                            e.get("items").forEach(i -> created.merge(i.get("target").asText(), 1, Integer::sum));
                        } else {
                            created.merge(e.get("target").asText(), 1, Integer::sum);
                        }
                    }
                }
                audit = page.has("next") ? url + "/api/v1/audit?size=500&before=" + page.get("next").asLong() : null;
            }
            for (String household : stored) {
                assertEquals(1, created.getOrDefault(household, 0), household + "'s creation audited once");
            }
            assertTrue(writes > runs * 5, "there was load: " + writes + " acknowledged writes");
            System.out.println("kill -9: " + runs + " runs, " + writes + " acknowledged writes, " + labels.size()
                    + " households stored, " + verification.get("entries") + " audit entries, chain intact");
            p.stop();
            p.awaitExit(Duration.ofSeconds(60));
        }
    }

    static String item(String label) {
        return "{\"label\":\"" + label + "\",\"area\":\"411082101\",\"household\":" + MEMBERS + "}";
    }
}
