package org.relief.server.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.DemoData;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.TestStores;

/** Issue 10: restart safety, demo data seeded once, and standards publication over the modules' defaults. */
@Tag("store")
class RestartAndStandardsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static final String DIBAO_2_PERSONS = """
            {"region":"371502","date":"%s","program":"dibao","household":{"residence":"urban","members":[
             {"id":"p1","birthDate":"1980-01-01","incomes":[{"kind":"wage","monthly":"1000.00"}]},
             {"id":"p2","birthDate":"1982-01-01","incomes":[]}]}}""";

    @Test
    void stopAndStartAgain_everythingIsStillThere_andDemoDataIsSeededOnce(@TempDir Path dir) throws Exception {
        ServerConfig config = TestStores.config(dir.resolve("data")).withDemo(true);
        long total;
        String admin;
        try (ServerHarness first = new ServerHarness(config)) {
            admin = first.token("admin");
            total = json(first.call("GET", "/api/v1/households", admin, null)).get("total").asLong();
            assertTrue(total >= 8, "a few demo households per region");
            assertEquals(201, first.call("POST", "/api/v1/households", admin,
                    "{\"label\":\"重启测试\",\"area\":\"141002\",\"household\":{\"residence\":\"rural\",\"members\":[{\"id\":\"p1\"}]}}")
                    .statusCode());
            Path tokens = config.dataDir().resolve(DemoData.TOKENS_FILE);
            assertTrue(Files.readString(tokens).contains(admin));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens)));
        }
        try (ServerHarness second = new ServerHarness(config)) {
            assertTrue(second.server().demoTokens().isEmpty(), "seeded only on an empty store");
            JsonNode list = json(second.call("GET", "/api/v1/households", admin, null));
            assertEquals(total + 1, list.get("total").asLong(), "the demo tokens still work and nothing was lost or doubled");
        }
    }

    @Test
    void aStandardPublishedFor2024_changes2024_andLeaves2023Alone(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(TestStores.config(dir.resolve("data")).withDemo(true))) {
            // Shipped 聊城 urban 871 (2023) and 931 (2024): 2 × 931 − 1000 = 862.00; 2 × 871 − 1000 = 742.00.
            assertEquals("862.00", json(http.post("/api/v1/determinations", DIBAO_2_PERSONS.formatted("2024-06-01")))
                    .get("monthlyAmount").asText());
            // The city's standard is published by the province (or city) administrator, not a county approver.
            String approver = http.token("province-shandong");
            HttpResponse<String> p = http.call("POST", "/api/v1/standards", approver, """
                    {"key":"dibao.urban.monthly","area":"371500","effectiveFrom":"2024-01-01","value":"950.00","unit":"monthly",
                     "documentNumber":"聊民发〔2024〕1号","issuer":"聊城市民政局","published":"2023-12-20"}""");
            assertEquals(201, p.statusCode(), p.body());
            // Now 2 × 950 − 1000 = 900.00 in 2024; 2023 unchanged.
            JsonNode d2024 = json(http.post("/api/v1/determinations", DIBAO_2_PERSONS.formatted("2024-06-01")));
            assertEquals("900.00", d2024.get("monthlyAmount").asText());
            assertTrue(d2024.get("versions").toString().contains("聊民发〔2024〕1号"), d2024.get("versions").toString());
            assertEquals("742.00", json(http.post("/api/v1/determinations", DIBAO_2_PERSONS.formatted("2023-06-01")))
                    .get("monthlyAmount").asText());
            // History is kept, never overwritten.
            assertEquals(201, http.call("POST", "/api/v1/standards", approver, """
                    {"key":"dibao.urban.monthly","area":"371500","effectiveFrom":"2025-01-01","value":"990.00","unit":"monthly",
                     "documentNumber":"聊民发〔2025〕1号","issuer":"聊城市民政局","published":"2024-12-20"}""").statusCode());
            JsonNode history = json(http.get("/api/v1/standards/history?key=dibao.urban.monthly&area=371500"));
            assertEquals(2, history.size());
            assertEquals("950.00", history.get(0).get("value").asText());
            assertEquals("990.00", history.get(1).get("value").asText());
            // A bad publication names the field and stores nothing.
            HttpResponse<String> bad = http.call("POST", "/api/v1/standards", approver, """
                    {"key":"dibao.urban.monthly","area":"371500","effectiveFrom":"2025-13-01","value":"990.00","unit":"monthly",
                     "documentNumber":"x","issuer":"y","published":"2024-12-20"}""");
            assertEquals(422, bad.statusCode());
            assertEquals("effectiveFrom", json(bad).get("field").asText());
            assertEquals(2, json(http.get("/api/v1/standards/history?key=dibao.urban.monthly&area=371500")).size());
        }
    }
}
