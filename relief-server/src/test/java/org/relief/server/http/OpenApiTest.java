package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerHarness;

/** The OpenAPI document is true: every route is documented and every documented route exists. */
class OpenApiTest {
    @Test
    void documentedRoutes_equal_registeredRoutes_andSecurityIsStated(@TempDir Path dir) throws Exception {
        try (ServerHarness http = new ServerHarness(dir.resolve("data"))) {
            JsonNode doc = new ObjectMapper().readTree(http.get("/openapi.json").body());
            Set<String> documented = new TreeSet<>();
            for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                doc.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
            }
            Set<String> registered = new TreeSet<>(http.server().web().routes());
            assertEquals(registered, documented);
            assertEquals("bearer", doc.get("components").get("securitySchemes").get("bearer").get("scheme").asText());
            JsonNode households = doc.get("paths").get("/api/v1/households/{id}").get("delete");
            assertTrue(households.get("x-roles").toString().contains("townshipReviewer"));
            assertTrue(doc.get("paths").get("/api/v1/determinations").get("post").get("security").isEmpty(),
                    "determinations stay open");
        }
    }
}
