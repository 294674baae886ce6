package org.relief.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerHarness;
import org.relief.server.TestStores;

/** Issue 15 item 18: users and tokens are revocable and rotatable, audited, and a revoked token is refused at once. */
@Tag("store")
class UsersApiTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> TestStores.config(data).withDemo(true));
    static final ObjectMapper JSON = new ObjectMapper();
    static String admin;

    @BeforeAll
    static void start() {
        admin = http.token("admin");
    }

    static String create(String name, String jurisdiction) throws Exception {
        HttpResponse<String> r = http.call("POST", "/api/v1/users", admin,
                "{\"name\":\"" + name + "\",\"role\":\"villageAssistant\",\"jurisdiction\":\"" + jurisdiction + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("token").asText();
    }

    static int households(String token) {
        return http.call("GET", "/api/v1/households", token, null).statusCode();
    }

    /** {@code GET /api/v1/me}: the caller's own account for any valid token (what the console shows); 401 without one. */
    @Test
    void me_isTheCallersOwnAccount_andRefusedWithoutAValidToken() throws Exception {
        JsonNode me = JSON.readTree(http.call("GET", "/api/v1/me", http.token("approver-liaocheng"), null).body());
        assertEquals("approver-liaocheng", me.get("name").asText());
        assertEquals("countyApprover", me.get("role").asText());
        assertEquals(Role.COUNTY_APPROVER.zh(), me.get("roleZh").asText());
        assertEquals("371500", me.get("jurisdiction").asText());
        assertEquals(4, me.size(), "nothing else (no token, no hash): " + me);
        String revoked = create("me-revoked", "411082");
        assertEquals(200, http.call("GET", "/api/v1/me", revoked, null).statusCode());
        assertEquals(204, http.call("DELETE", "/api/v1/users/me-revoked", admin, null).statusCode());
        assertEquals(401, http.call("GET", "/api/v1/me", revoked, null).statusCode(), "a revoked token is refused at once");
        assertEquals(401, http.call("GET", "/api/v1/me", null, null).statusCode());
    }

    @Test
    void rotation_refusesTheOldTokenAtOnce_byAnAdminOrTheUserItself() throws Exception {
        String first = create("rotating-user", "411082101");
        assertEquals(200, households(first));
        HttpResponse<String> byAdmin = http.call("POST", "/api/v1/users/rotating-user/token", admin, null);
        assertEquals(201, byAdmin.statusCode(), byAdmin.body());
        String second = JSON.readTree(byAdmin.body()).get("token").asText();
        assertEquals(401, households(first), "the old token is refused at once");
        assertEquals(200, households(second));
        HttpResponse<String> bySelf = http.call("POST", "/api/v1/users/rotating-user/token", second, null);
        assertEquals(201, bySelf.statusCode(), bySelf.body());
        String third = JSON.readTree(bySelf.body()).get("token").asText();
        assertEquals(401, households(second));
        assertEquals(200, households(third));
        assertEquals(403, http.call("POST", "/api/v1/users/rotating-user/token", http.token("reviewer-changge"), null)
                .statusCode(), "another official may not rotate it");
        String audit = http.call("GET", "/api/v1/audit?size=500", admin, null).body();
        assertTrue(audit.contains("user.token.rotate"), "audited");
        assertFalse(audit.contains(first) || audit.contains(second) || audit.contains(third), "no token in the log");
    }

    @Test
    void revocation_refusesTheTokenAtOnce_isAudited_andKeepsTheName() throws Exception {
        String token = create("leaving-user", "411082102");
        assertEquals(200, households(token));
        JsonNode list = JSON.readTree(http.call("GET", "/api/v1/users", admin, null).body());
        assertTrue(list.toString().contains("\"leaving-user\"") && !list.toString().contains("rlf_"), list.toString());
        assertEquals(204, http.call("DELETE", "/api/v1/users/leaving-user", admin, null).statusCode());
        assertEquals(401, households(token), "refused at once");
        assertEquals(404, http.call("DELETE", "/api/v1/users/leaving-user", admin, null).statusCode(), "already revoked");
        assertEquals(404, http.call("POST", "/api/v1/users/leaving-user/token", admin, null).statusCode());
        assertEquals(409, http.call("POST", "/api/v1/users", admin,
                "{\"name\":\"leaving-user\",\"role\":\"auditor\",\"jurisdiction\":\"411000\"}").statusCode(),
                "a revoked name is not reused: the audit log keeps naming one official");
        JsonNode after = JSON.readTree(http.call("GET", "/api/v1/users", admin, null).body());
        for (JsonNode u : after) {
            if (u.get("name").asText().equals("leaving-user")) {
                assertFalse(u.get("active").asBoolean());
            }
        }
        assertTrue(http.call("GET", "/api/v1/audit?size=500", admin, null).body().contains("user.revoke"));
    }

    @Test
    void onlyAdminsRevoke_insideTheirJurisdiction_andNotThemselves() throws Exception {
        create("kept-user", "141002");
        assertEquals(403, http.call("DELETE", "/api/v1/users/kept-user", http.token("approver-linfen"), null).statusCode());
        HttpResponse<String> xuchangAdmin = http.call("POST", "/api/v1/users", admin,
                "{\"name\":\"admin-xuchang\",\"role\":\"admin\",\"jurisdiction\":\"411000\"}");
        String local = JSON.readTree(xuchangAdmin.body()).get("token").asText();
        assertEquals(404, http.call("DELETE", "/api/v1/users/kept-user", local, null).statusCode(),
                "outside the caller's jurisdiction: like a missing user");
        assertEquals(422, http.call("DELETE", "/api/v1/users/admin-xuchang", local, null).statusCode(), "not oneself");
        assertEquals(404, http.call("DELETE", "/api/v1/users/%EF%BC%A1bc", admin, null).statusCode());
        assertEquals(200, households(http.token("approver-linfen")));
    }
}
