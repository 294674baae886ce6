package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;

/** Issue 14 item 8, server side: the modules list their programs; money is "931.00" in every server answer. */
class DiscoverableIdsTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> ServerConfig.forTest(data).withDemo(true));
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyModuleListsItsPrograms() throws Exception {
        JsonNode modules = JSON.readTree(http.get("/api/v1/modules").body());
        for (JsonNode m : modules) {
            List<String> ids = new ArrayList<>();
            m.get("programs").forEach(p -> ids.add(p.get("id").asText()));
            assertTrue(ids.containsAll(List.of("dibao", "tekun", "low-income", "temporary", "medical", "education", "housing",
                    "employment", "disaster")), m.get("id") + " " + ids);
            m.get("programs").forEach(p -> assertTrue(p.get("slots").size() > 0, p.toString()));
        }
    }

    @Test
    void moneyIsWrittenWithTwoDecimals_inTheStandardsViewsAndStoredHouseholds() throws Exception {
        JsonNode inForce = JSON.readTree(http.get("/api/v1/standards?code=371502&date=2024-06-01").body());
        for (JsonNode s : inForce.get("standards")) {
            if (!s.get("unit").asText().equals("number")) {
                assertTrue(s.get("value").asText().matches("\\d+\\.\\d{2}"), s.toString());
            }
        }
        assertTrue(inForce.toString().contains("\"value\":\"931.00\""), inForce.toString());
        String admin = http.token("admin");
        JsonNode created = JSON.readTree(http.call("POST", "/api/v1/households", admin, "{\"label\":\"钱\",\"area\":\"411082\","
                + "\"household\":{\"residence\":\"urban\",\"assets\":{\"financial\":\"3000\"},\"members\":[{\"id\":\"p1\","
                + "\"incomes\":[{\"kind\":\"wage\",\"monthly\":\"800.5\"}]}]}}").body());
        assertEquals("800.50", created.at("/household/members/0/incomes/0/monthly").asText(), created.toString());
        assertEquals("3000.00", created.at("/household/assets/financial").asText());
        JsonNode history = JSON.readTree(http.get("/api/v1/standards/history?area=411082").body());
        // yuan with 2 decimals; plain numbers (a count of months, a ratio) as written
        history.forEach(s -> assertTrue(s.get("unit").asText().equals("number") ? s.get("value").asText().matches("\\d+(\\.\\d+)?")
                : s.get("value").asText().matches("\\d+\\.\\d{2}"), s.toString()));
    }
}
