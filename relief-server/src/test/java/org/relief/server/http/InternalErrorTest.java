package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.persistence.Database;

/** An unexpected failure is a 500 problem with an error id, never a stack trace. */
class InternalErrorTest {
    @Test
    void unexpectedFailure_is500WithAnIdAndNoStackTrace(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(ServerConfig.forTest(dir.resolve("data")).withDemo(true))) {
            String admin = http.token("admin");
            http.server().injector().getInstance(Database.class).close(); // the store goes away under the server
            HttpResponse<String> r = http.call("GET", "/api/v1/households", admin, null);
            assertEquals(500, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonNode p = new ObjectMapper().readTree(r.body());
            assertEquals("INTERNAL_ERROR", p.get("code").asText());
            assertTrue(p.get("detailEn").asText().matches("internal error, id [0-9a-f-]{36}"), p.toString());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
    }
}
