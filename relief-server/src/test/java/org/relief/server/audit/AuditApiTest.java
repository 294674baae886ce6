package org.relief.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerHarness;
import org.relief.server.persistence.Database;
import org.relief.server.TestStores;

/** Issue 15 items 12 and 17 over HTTP: keyset pages of the audit log; a household moved is seen by both areas' auditors. */
@Tag("store")
class AuditApiTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> TestStores.config(data).withDemo(true));
    static final ObjectMapper JSON = new ObjectMapper();
    static String admin;

    @BeforeAll
    static void start() {
        admin = http.token("admin");
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

    /**
     * A bulk import writes its rows and audit entries as JDBC batches (issue 19): one entry per batch and
     * area, listing that area's households with the digest of each one's state, so that a batch spanning
     * two jurisdictions is seen by each auditor only for its own households; its ids are consecutive and none a
     * single create's before or after (they are reserved for the import); the rows read back as a single create's;
     * the chain verifies.
     */
    @Test
    void aBulkImportAcrossTwoJurisdictions_eachAuditorSeesExactlyItsOwnHouseholds_andTheChainVerifies() throws Exception {
        String linfen = JSON.readTree(http.call("POST", "/api/v1/users", admin,
                "{\"name\":\"auditor-linfen-bulk\",\"role\":\"auditor\",\"jurisdiction\":\"141000\"}").body()).get("token").asText();
        String xuchang = http.token("auditor-xuchang");
        String household = "{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"incomes\":[{\"kind\":\"wage\",\"monthly\":\"800\"}]}]}";
        String one = "{\"label\":\"批量\",\"area\":\"411082102\",\"household\":" + household + "}";
        long before = JSON.readTree(http.call("POST", "/api/v1/households", admin, one).body()).get("id").asLong();
        List<String> areas = List.of("411082102", "141002", "411082103", "141002101", "411082102");
        List<String> items = areas.stream().map(a -> "{\"label\":\"批量\",\"area\":\"" + a + "\",\"household\":" + household + "}")
                .toList();
        HttpResponse<String> bulk = http.call("POST", "/api/v1/households/bulk", admin, "{\"items\":[" + String.join(",", items) + "]}");
        assertEquals(201, bulk.statusCode(), bulk.body());
        List<Long> ids = new ArrayList<>();
        JSON.readTree(bulk.body()).get("ids").forEach(i -> ids.add(i.asLong()));
        long after = JSON.readTree(http.call("POST", "/api/v1/households", admin, one).body()).get("id").asLong();
        assertEquals(5, new HashSet<>(ids).size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(0) + i, ids.get(i), "consecutive: " + ids);
            assertTrue(ids.get(i) != before && ids.get(i) != after, "ids " + ids + ", single creates " + before + ", " + after);
            JsonNode h = json(http.call("GET", "/api/v1/households/" + ids.get(i), admin, null));
            assertEquals(1, h.get("version").asLong());
            assertEquals(areas.get(i), h.get("area").asText());
            assertEquals("800.00", h.get("household").get("members").get(0).get("incomes").get(0).get("monthly").asText(),
                    "stored as a single create stores it");
            assertEquals(h.get("createdAt").asText(), h.get("updatedAt").asText());
        }
        // One entry per area of the batch, in the order the areas first appear, each listing its households in order.
        String digest = entry(xuchang, "household:" + before, "household.create").get("afterDigest").asText();
        Map<String, List<String>> xuchangSees = batchEntries(xuchang, ids);
        Map<String, List<String>> linfenSees = batchEntries(linfen, ids);
        assertEquals(Map.of("411082102", List.of("household:" + ids.get(0), "household:" + ids.get(4)),
                "411082103", List.of("household:" + ids.get(2))), xuchangSees);
        assertEquals(Map.of("141002", List.of("household:" + ids.get(1)), "141002101", List.of("household:" + ids.get(3))),
                linfenSees, "临汾's auditor sees its two households and none of 许昌's");
        JsonNode first = batchEntry(xuchang, "411082102", ids);
        for (JsonNode item : first.get("items")) {
            assertEquals(digest, item.get("afterDigest").asText(), "each household's digest is a single create's of the same state");
        }
        StringBuilder lines = new StringBuilder();
        first.get("items").forEach(i -> lines.append(i.get("target").asText()).append(' ').append(i.get("afterDigest").asText())
                .append('\n'));
        assertEquals(Digests.sha256(lines.toString()), first.get("afterDigest").asText(), "the entry's digest covers its list");
        assertEquals(List.of("households", "household.create", "admin"), List.of(first.get("target").asText(),
                first.get("action").asText(), first.get("actor").asText()));
        assertFalse(entry(xuchang, "household:" + before, "household.create").has("items"), "a single create lists nothing");
        assertTrue(json(http.call("GET", "/api/v1/audit/verify", admin, null)).get("intact").asBoolean());
    }

    /** The batch entries of {@code token}'s page that list any of {@code ids}: area → the targets listed. */
    static Map<String, List<String>> batchEntries(String token, List<Long> ids) throws Exception {
        Set<String> wanted = new HashSet<>();
        ids.forEach(i -> wanted.add("household:" + i));
        Map<String, List<String>> out = new HashMap<>();
        for (JsonNode e : json(http.call("GET", "/api/v1/audit?size=500", token, null)).get("items")) {
            if (e.has("items") && wanted.contains(e.get("items").get(0).get("target").asText())) {
                List<String> targets = new ArrayList<>();
                e.get("items").forEach(i -> targets.add(i.get("target").asText()));
                assertEquals(null, out.put(e.get("area").asText(), targets), "one entry per area");
            }
        }
        return out;
    }

    static JsonNode batchEntry(String token, String area, List<Long> ids) throws Exception {
        for (JsonNode e : json(http.call("GET", "/api/v1/audit?size=500", token, null)).get("items")) {
            if (e.has("items") && e.get("area").asText().equals(area)
                    && e.get("items").get(0).get("target").asText().equals("household:" + ids.get(0))) {
                return e;
            }
        }
        throw new AssertionError("no batch entry for " + area);
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
