package org.relief.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.server.persistence.UserRepository;
import org.relief.server.security.Tokens;

/**
 * Issue 14 item 6: out of the box every demo household can be determined (illustrative standards
 * published through the normal publication, never shipped in a module); an empty store with a
 * bootstrap administrator for conformance runs and first production starts.
 */
class DemoModeTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_TOKEN = "conformance-admin-token-0123456789abcdef";

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void everyDemoHousehold_isDeterminedOutOfTheBox_forDibaoAndTekun(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(ServerConfig.forTest(dir.resolve("data")).withDemo(true))) {
            String admin = http.token("admin");
            JsonNode list = json(http.call("GET", "/api/v1/households?size=100", admin, null));
            assertEquals(8, list.get("total").asInt());
            for (JsonNode h : list.get("items")) {
                for (String program : List.of("dibao", "tekun")) {
                    HttpResponse<String> d = http.call("POST", "/api/v1/households/" + h.get("id").asLong()
                            + "/determinations", admin, "{\"date\":\"2024-06-01\",\"program\":\"" + program + "\"}");
                    assertEquals(200, d.statusCode(), h.get("label").asText() + " " + program + ": " + d.body());
                }
            }
            // The README's 长葛 example: eligible, with the illustrative urban standard 680 in its versions.
            long changge = list.get("items").get(0).get("id").asLong();
            JsonNode d = json(http.call("POST", "/api/v1/households/" + changge + "/determinations", admin,
                    "{\"date\":\"2024-06-01\",\"program\":\"dibao\"}"));
            assertTrue(d.get("versions").toString().contains(DemoData.DEMO_SOURCE), d.get("versions").toString());
        }
    }

    /**
     * Issue 20 item 5: a newcomer sees a working county at once — in each demo county (长葛, 东昌府, 琅琊,
     * 尧都) a case in every state, the April 2024 roster submitted (the three cases paid from April: 2 ×
     * the urban standard each), a temporary grant, and every demo step in the audit chain.
     */
    @Test
    void demoCounties_haveACaseInEveryState_aSubmittedRoster_andAGrant(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(ServerConfig.forTest(dir.resolve("data")).withDemo(true).withDemoCases(true))) {
            String admin = http.token("admin");
            Map<String, String> monthly = Map.of("411082", "1360.00", "371502", "1862.00", "341102", "1520.00",
                    "141002", "1400.00");
            for (Map.Entry<String, String> county : monthly.entrySet()) {
                JsonNode queue = json(http.call("GET", "/api/v1/cases?county=" + county.getKey() + "&size=50", admin, null));
                java.util.Set<String> states = new java.util.TreeSet<>();
                queue.get("items").forEach(i -> states.add(i.get("state").asText()));
                assertEquals(new java.util.TreeSet<>(List.of("applied", "accepted", "surveyed", "proposed", "active", "exiting",
                        "refused", "terminated")), states, county.getKey() + ": " + queue);
                HttpResponse<String> roster = http.call("GET", "/api/v1/rosters/" + county.getKey() + "/2024-04", admin, null);
                assertEquals(200, roster.statusCode(), roster.body());
                // The three dibao lines (许昌 adds XC-14's charity voucher in kind beside each).
                List<JsonNode> dibao = new java.util.ArrayList<>();
                json(roster).get("entries").forEach(l -> {
                    if (l.get("code").asText().equals("dibao")) {
                        dibao.add(l);
                    }
                });
                assertEquals(3, dibao.size(), roster.body());
                dibao.forEach(l -> assertEquals(county.getValue(), l.get("amount").asText(), roster.body()));
            }
            // The caseworker's view: 长葛's reviewer sees the 长葛 cases, not 东昌府's.
            JsonNode mine = json(http.call("GET", "/api/v1/cases?size=50", http.token("reviewer-changge"), null));
            assertEquals(8, mine.get("items").size(), mine.toString());
            JsonNode audit = json(http.call("GET", "/api/v1/audit?size=500", admin, null));
            for (String action : List.of("case.apply", "case.decide", "case.review", "roster.submit", "grant.record")) {
                assertTrue(audit.toString().contains(action), action + " in the audit log");
            }
            assertEquals(200, http.call("GET", "/api/v1/audit/verify", admin, null).statusCode());
        }
    }

    @Test
    void demoStandards_arePublishedLikeAnyOther_andClearlyIllustrative(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(ServerConfig.forTest(dir.resolve("data")).withDemo(true))) {
            JsonNode history = json(http.get("/api/v1/standards/history?area=411082"));
            assertTrue(history.size() >= 2, history.toString());
            for (JsonNode s : history) {
                assertEquals(DemoData.DEMO_SOURCE, s.get("source").asText());
            }
            // Through the normal publication: audited.
            JsonNode audit = json(http.call("GET", "/api/v1/audit?size=500", http.token("admin"), null));
            assertTrue(audit.toString().contains("standard.publish"), "the demo publications are audited");
            // In force with the standards view.
            JsonNode inForce = json(http.get("/api/v1/standards?code=341102&date=2024-06-01"));
            assertTrue(inForce.toString().contains(DemoData.DEMO_SOURCE), inForce.toString());
        }
    }

    @Test
    void demoStandards_areNeverShippedInAModule_norShadowARealFigure() {
        RuleModules modules = RuleModules.discover(DemoModeTest.class.getClassLoader());
        for (PublishedStandard s : DemoData.standards()) {
            assertEquals(DemoData.DEMO_SOURCE, s.provenance().source());
            // No module ships a value of this key in force for the demo county on the demo date.
            boolean shipped = modules.all().stream().anyMatch(m -> m.standards()
                    .inForce(s.key(), s.area(), LocalDate.parse("2024-06-01")).isPresent());
            assertFalse(shipped, s.key() + " " + s.area() + " has a shipped value: the demo must not shadow it");
        }
        assertTrue(DemoData.standards().stream().anyMatch(s -> s.area().equals(AdminCode.of("340402"))
                && s.key().equals(StandardKey.of("dibao.rural.monthly"))), "an Anhui county");
    }

    @Test
    void withoutDemo_theAdminTokenBootstrapsAnAdministratorOnAnEmptyStore(@TempDir Path dir) throws Exception {
        ServerConfig config = ServerConfig.from(Map.of("RELIEF_PORT", "0", "RELIEF_DATA_DIR", dir.resolve("data").toString(),
                "RELIEF_DEMO", "false", "RELIEF_ADMIN_TOKEN", ADMIN_TOKEN));
        try (ServerHarness http = new ServerHarness(config)) {
            HttpResponse<String> list = http.call("GET", "/api/v1/households", ADMIN_TOKEN, null);
            assertEquals(200, list.statusCode(), list.body());
            assertEquals(0, json(list).get("total").asInt(), "an empty store: no demo households");
            assertEquals(0, json(http.get("/api/v1/standards/history")).size(), "no demo standards");
            UserRepository users = http.server().injector().getInstance(UserRepository.class);
            assertEquals(1, users.count());
            assertEquals(List.of(Tokens.hash(ADMIN_TOKEN)), users.storedTokenColumn(), "only the hash is stored");
            assertEquals(201, http.call("POST", "/api/v1/users", ADMIN_TOKEN,
                    "{\"name\":\"first-approver\",\"role\":\"countyApprover\",\"jurisdiction\":\"411000\"}").statusCode());
        }
        try (ServerHarness again = new ServerHarness(config)) {
            assertEquals(2, again.server().injector().getInstance(UserRepository.class).count(), "bootstrapped once");
            assertEquals(200, again.call("GET", "/api/v1/households", ADMIN_TOKEN, null).statusCode());
        }
    }

    @Test
    void aShortAdminTokenIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(Map.of(
                "RELIEF_ADMIN_TOKEN", "too-short")));
        assertTrue(e.getMessage().contains("RELIEF_ADMIN_TOKEN") && e.getMessage().contains("32"), e.getMessage());
        assertFalse(ServerConfig.from(Map.of("RELIEF_ADMIN_TOKEN", ADMIN_TOKEN)).toString().contains(ADMIN_TOKEN),
                "never printed");
    }
}
