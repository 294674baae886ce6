package org.relief.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerHarness;
import org.relief.server.persistence.Database;
import org.relief.server.TestStores;

/** Issue 15 items 12 and 17 over HTTP: keyset pages of the audit log; a household moved is seen by both areas' auditors. */
@Tag("store")
class AuditApiTest {
    @TempDir
    static Path dir;
    static ServerHarness http;
    static final ObjectMapper JSON = new ObjectMapper();
    static String admin;

    @BeforeAll
    static void start() {
        http = new ServerHarness(TestStores.config(dir.resolve("data")).withDemo(true));
        admin = http.token("admin");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static long count(String where) {
        return http.server().injector().getInstance(Database.class).read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM AUDIT_ENTRY" + where).getSingleResult()).longValue());
    }

    @Test
    void keysetPages_walkTheWholeLogNewestFirst_eachEntryOnce() throws Exception {
        List<Long> seen = new ArrayList<>();
        String path = "/api/v1/audit?size=7";
        for (int guard = 0; guard < 1000; guard++) {
            JsonNode page = json(http.call("GET", path, admin, null));
            page.get("items").forEach(e -> seen.add(e.get("seq").asLong()));
            assertTrue(page.get("items").size() <= 7);
            if (!page.has("next")) {
                break;
            }
            path = "/api/v1/audit?size=7&before=" + page.get("next").asLong();
        }
        assertEquals(count(""), seen.size(), "every entry once");
        assertEquals(seen.size(), new HashSet<>(seen).size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i - 1) > seen.get(i), "newest first");
        }
        assertEquals(422, http.call("GET", "/api/v1/audit?before=0", admin, null).statusCode());
        assertEquals(422, http.call("GET", "/api/v1/audit?size=501", admin, null).statusCode());
    }

    @Test
    void aHouseholdMovedToAnotherArea_isSeenByTheAuditorsOfBoth_withBothJurisdictions() throws Exception {
        HttpResponse<String> created = http.call("POST", "/api/v1/users", admin,
                "{\"name\":\"auditor-linfen\",\"role\":\"auditor\",\"jurisdiction\":\"141000\"}");
        String linfen = JSON.readTree(created.body()).get("token").asText();
        String household = "{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"incomes\":[]}]}";
        JsonNode h = JSON.readTree(http.call("POST", "/api/v1/households", admin, "{\"label\":\"迁移\",\"area\":\"411082101\","
                + "\"household\":" + household + "}").body());
        long id = h.get("id").asLong();
        HttpResponse<String> moved = http.call("PUT", "/api/v1/households/" + id, admin, "{\"version\":1,\"label\":\"迁移\","
                + "\"area\":\"141002\",\"household\":" + household + "}");
        assertEquals(200, moved.statusCode(), moved.body());
        for (String auditor : List.of(http.token("auditor-xuchang"), linfen)) {
            JsonNode move = entry(auditor, "household:" + id, "household.update");
            assertEquals("141002", move.get("area").asText());
            assertEquals("411082101", move.get("previousArea").asText());
        }
        assertFalse(contains(linfen, "household:" + id, "household.create"), "the history before the move stays with 许昌");
        assertTrue(contains(http.token("auditor-xuchang"), "household:" + id, "household.create"));
        assertTrue(json(http.call("GET", "/api/v1/audit/verify", admin, null)).get("intact").asBoolean(),
                "the chain covers the new column");
    }

    static JsonNode entry(String token, String target, String action) throws Exception {
        for (JsonNode e : json(http.call("GET", "/api/v1/audit?size=500", token, null)).get("items")) {
            if (e.get("target").asText().equals(target) && e.get("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError(action + " " + target + " not seen");
    }

    static boolean contains(String token, String target, String action) throws Exception {
        Set<String> seen = new HashSet<>();
        json(http.call("GET", "/api/v1/audit?size=500", token, null)).get("items")
                .forEach(e -> seen.add(e.get("action").asText() + " " + e.get("target").asText()));
        return seen.contains(action + " " + target);
    }
}
