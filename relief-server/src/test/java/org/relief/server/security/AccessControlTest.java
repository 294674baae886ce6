package org.relief.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.UserRepository;

/** Issue 11: tokens, roles, jurisdiction, and the tamper-evident audit log, over HTTP. */
class AccessControlTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> ServerConfig.forTest(data).withDemo(true));
    static final ObjectMapper JSON = new ObjectMapper();
    static long changgeId;
    static long linfenId;

    static final String BODY = "{\"label\":\"探测\",\"area\":\"%s\",\"household\":{\"residence\":\"urban\",\"members\":"
            + "[{\"id\":\"p1\",\"idNumber\":\"411082196001011238\",\"incomes\":[]}]}}";

    @BeforeAll
    static void start() throws Exception {
        changgeId = id(http.call("POST", "/api/v1/households", http.token("assistant-changge"), BODY.formatted("411082201")));
        linfenId = id(http.call("POST", "/api/v1/households", http.token("approver-linfen"), BODY.formatted("141002")));
    }

    static long id(HttpResponse<String> r) throws Exception {
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asLong();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void withoutAValidToken_401() {
        for (String[] route : new String[][] {{"GET", "/api/v1/households"}, {"GET", "/api/v1/households/" + changgeId},
                {"POST", "/api/v1/households"}, {"DELETE", "/api/v1/households/" + changgeId}, {"GET", "/api/v1/audit"},
                {"POST", "/api/v1/users"}, {"POST", "/api/v1/standards"}}) {
            HttpResponse<String> none = http.call(route[0], route[1], null, route[0].equals("POST") ? "{}" : null);
            assertEquals(401, none.statusCode(), route[1]);
            assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
            assertEquals(401, http.call(route[0], route[1], "rlf_not-a-token", route[0].equals("POST") ? "{}" : null)
                    .statusCode(), route[1]);
        }
    }

    @Test
    void determinationsStayOpen() {
        assertEquals(200, http.post("/api/v1/determinations", """
                {"region":"000000","date":"2024-03-01","program":"housing","household":{"residence":"rural","receiving":["dibao"],
                 "members":[{"id":"p1"}]}}""").statusCode());
    }

    @Test
    void crossJurisdictionProbe_leaksNothing() throws Exception {
        String changge = http.token("reviewer-changge");
        // By id: answers exactly like a household that does not exist.
        HttpResponse<String> other = http.call("GET", "/api/v1/households/" + linfenId, changge, null);
        HttpResponse<String> missing = http.call("GET", "/api/v1/households/999999", changge, null);
        assertEquals(404, other.statusCode());
        assertEquals(missing.statusCode(), other.statusCode());
        assertEquals(json(missing).get("code"), json(other).get("code"));
        assertFalse(other.body().contains("141002") || other.body().contains("探测"), other.body());
        // Update and delete the same way; nothing changes.
        assertEquals(404, http.call("PUT", "/api/v1/households/" + linfenId, changge,
                "{\"version\":1," + BODY.formatted("411082201").substring(1)).statusCode());
        assertEquals(404, http.call("DELETE", "/api/v1/households/" + linfenId, changge, null).statusCode());
        assertEquals(404, http.call("POST", "/api/v1/households/" + linfenId + "/determinations", changge,
                "{\"date\":\"2024-01-01\",\"program\":\"dibao\"}").statusCode());
        assertEquals(200, http.call("GET", "/api/v1/households/" + linfenId, http.token("approver-linfen"), null).statusCode(),
                "still there for its own officials");
        // By list: only the caller's jurisdiction.
        JsonNode list = json(http.call("GET", "/api/v1/households?size=100", changge, null));
        for (JsonNode item : list.get("items")) {
            assertTrue(item.get("area").asText().startsWith("411082"), item.toString());
        }
        // By filter: outside is refused, not widened.
        assertEquals(403, http.call("GET", "/api/v1/households?code=14", changge, null).statusCode());
        JsonNode wider = json(http.call("GET", "/api/v1/households?code=4110&size=100", changge, null));
        for (JsonNode item : wider.get("items")) {
            assertTrue(item.get("area").asText().startsWith("411082"), "a wider filter is narrowed to the jurisdiction: " + item);
        }
        // Creating outside the jurisdiction is refused and stores nothing.
        assertEquals(403, http.call("POST", "/api/v1/households", changge, BODY.formatted("141002")).statusCode());
    }

    @Test
    void roleMatrix() {
        Map<String, List<Integer>> expected = Map.of(
                // user: create, list, delete (of a fresh record), audit, publish standard, create user
                "assistant-changge", List.of(201, 200, 403, 403, 403, 403),
                "reviewer-changge", List.of(201, 200, 204, 403, 403, 403),
                // a county approver publishes county standards only: 411000's dibao is the city's
                "approver-xuchang", List.of(201, 200, 204, 403, 403, 403),
                "province-henan", List.of(403, 403, 403, 403, 201, 403),
                "auditor-xuchang", List.of(403, 403, 403, 200, 403, 403),
                "admin", List.of(201, 200, 204, 200, 201, 201));
        expected.forEach((user, codes) -> {
            String t = http.token(user);
            HttpResponse<String> created = http.call("POST", "/api/v1/households", t, BODY.formatted("411082202"));
            long target;
            try {
                target = created.statusCode() == 201 ? id(created)
                        : id(http.call("POST", "/api/v1/households", http.token("admin"), BODY.formatted("411082202")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            List<Integer> actual = List.of(created.statusCode(),
                    http.call("GET", "/api/v1/households", t, null).statusCode(),
                    http.call("DELETE", "/api/v1/households/" + target, t, null).statusCode(),
                    http.call("GET", "/api/v1/audit", t, null).statusCode(),
                    http.call("POST", "/api/v1/standards", t, """
                            {"key":"dibao.urban.monthly","area":"411000","effectiveFrom":"2024-01-01","value":"700","unit":"monthly",
                             "documentNumber":"许民〔2024〕1号","issuer":"许昌市民政局","published":"2023-12-01"}""").statusCode(),
                    http.call("POST", "/api/v1/users", t, "{\"name\":\"u-" + user + "\",\"role\":\"auditor\",\"jurisdiction\":\"411082\"}")
                            .statusCode());
            assertEquals(codes, actual, user);
        });
    }

    @Test
    void tokensAreNotStoredInClear() throws Exception {
        HttpResponse<String> r = http.call("POST", "/api/v1/users", http.token("admin"),
                "{\"name\":\"new-assistant\",\"role\":\"villageAssistant\",\"jurisdiction\":\"411082101\"}");
        assertEquals(201, r.statusCode(), r.body());
        String token = json(r).get("token").asText();
        List<String> column = http.server().injector().getInstance(UserRepository.class).storedTokenColumn();
        assertFalse(column.contains(token));
        assertTrue(column.contains(Tokens.hash(token)));
        assertFalse(column.contains(http.token("admin")));
        // Read the table directly too.
        List<?> raw = http.server().injector().getInstance(Database.class).read(em ->
                em.createNativeQuery("SELECT TOKEN_HASH FROM APP_USER").getResultList());
        assertFalse(raw.stream().anyMatch(v -> String.valueOf(v).equals(token)));
        assertEquals(200, http.call("GET", "/api/v1/households", token, null).statusCode(), "the new token works");
    }

    @Test
    void auditLogRecordsChanges_andATamperedRowIsDetected() throws Exception {
        String auditor = http.token("auditor-xuchang");
        JsonNode entries = json(http.call("GET", "/api/v1/audit", auditor, null));
        assertTrue(entries.get("items").size() > 0);
        for (JsonNode e : entries.get("items")) {
            assertTrue(e.get("area").asText().startsWith("411"), "only inside the auditor's jurisdiction: " + e);
            assertFalse(e.toString().contains("411082196001011238"), "no personal data in the log");
        }
        assertTrue(json(http.call("GET", "/api/v1/audit/verify", auditor, null)).get("intact").asBoolean());
        Database db = http.server().injector().getInstance(Database.class);
        db.inTransaction(em -> em.createNativeQuery("UPDATE AUDIT_ENTRY SET ACTOR = 'mallory' WHERE SEQ = 3").executeUpdate());
        JsonNode v = json(http.call("GET", "/api/v1/audit/verify", auditor, null));
        assertFalse(v.get("intact").asBoolean());
        assertEquals(3, v.get("firstBrokenSeq").asLong());
        db.inTransaction(em -> em.createNativeQuery("UPDATE AUDIT_ENTRY SET ACTOR = 'system' WHERE SEQ = 3").executeUpdate());
        assertTrue(json(http.call("GET", "/api/v1/audit/verify", auditor, null)).get("intact").asBoolean(), "restored");
    }
}
