package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.security.Role;

/**
 * The OpenAPI document is true and complete (issue 14 item 9): valid for a well-kept parser with no
 * error and no warning, every route documented with its operationId and roles, real schemas (no
 * bare object), and the 4xx answers of each route listed.
 */
class OpenApiTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(ServerConfig::forTest);
    static JsonNode doc;
    static String text;

    @BeforeAll
    static void start() throws Exception {
        text = http.get("/openapi.json").body();
        doc = new ObjectMapper().readTree(text);
    }

    static JsonNode operation(Route r) {
        return doc.path("paths").path(r.path()).path(r.method().name().toLowerCase(Locale.ROOT));
    }

    @Test
    void aWellKeptParserFindsNoErrorAndNoWarning() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
        assertEquals(List.of(), result.getMessages());
        assertTrue(result.getOpenAPI() != null && result.getOpenAPI().getPaths().size() > 10);
    }

    @Test
    void documentedRoutes_equal_registeredRoutes_eachWithItsOperationIdAndRoles() {
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
        }
        assertEquals(new TreeSet<>(http.server().web().routes()), documented);
        Set<String> ids = new TreeSet<>();
        for (Route r : http.server().web().table().routes()) {
            JsonNode op = operation(r);
            assertEquals(r.operationId(), op.path("operationId").asText(), r.key());
            assertTrue(ids.add(r.operationId()), "operationId unique: " + r.operationId());
            List<String> roles = new ArrayList<>();
            op.path("x-roles").forEach(x -> roles.add(x.asText()));
            assertEquals(r.access().roles().stream().map(Role::code).sorted().toList(), roles.stream().sorted().toList(), r.key());
            assertEquals(r.access().isOpen(), op.path("security").isArray() && op.path("security").isEmpty(), r.key());
        }
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
    }

    @Test
    void theFourHundredsOfEachRouteAreListed() {
        for (Route r : http.server().web().table().routes()) {
            JsonNode responses = operation(r).path("responses");
            assertEquals(r.method().name().equals("POST") || r.method().name().equals("PUT"), operation(r).has("requestBody")
                    || r.operationId().equals("rotateToken"), r.key() + ": a body exactly where one is read");
            List<String> want = new ArrayList<>(List.of("405"));
            if (!r.access().isOpen()) {
                want.addAll(List.of("401", "403"));
            }
            if (operation(r).has("requestBody")) {
                want.addAll(List.of("400", "413", "415", "422"));
            }
            if (r.path().contains("{")) {
                want.add("404");
            }
            for (String status : want) {
                assertTrue(responses.has(status), r.key() + " lists " + status + ": " + responses.fieldNames());
                JsonNode answer = responses.get(status);
                if (answer.has("$ref")) {
                    answer = doc.at(answer.get("$ref").asText().substring(1));
                }
                assertEquals("#/components/schemas/Problem",
                        answer.at("/content/application~1problem+json/schema/$ref").asText(), r.key() + " " + status);
            }
            assertTrue(responses.has("500"), r.key());
            assertTrue(responses.fieldNames().next().startsWith("2"), r.key() + " has a success answer first");
        }
        assertTrue(text.contains("1 MiB (1048576 bytes)"), "the body limit is stated");
        assertTrue(text.contains(Problem.TYPE_BASE), "the problem type base is stated");
    }

    @Test
    void realSchemas_forHouseholdsMembersDeterminationsScreeningsAndStandardsHistory_noBareObject() {
        JsonNode schemas = doc.at("/components/schemas");
        for (String name : List.of("Household", "Member", "Income", "HouseholdRecord", "HouseholdInput", "Determination",
                "Screening", "StandardValue", "Publication", "Problem", "Module", "AuditEntry", "UserCreated")) {
            assertTrue(schemas.has(name), "schema " + name);
        }
        assertTrue(schemas.at("/Member/properties/idNumber").isObject());
        assertTrue(schemas.at("/Determination/properties/outcome/enum").isArray());
        assertEquals("#/components/schemas/StandardValue",
                doc.at("/paths/~1api~1v1~1standards~1history/get/responses/200/content/application~1json/schema/items/$ref")
                        .asText());
        List<String> bare = new ArrayList<>();
        bareObjects(doc, "", bare);
        assertEquals(List.of(), bare, "every object schema says what it holds");
        assertFalse(text.contains("\"type\":\"object\"}"), "no bare object");
    }

    /** Schemas of type object with neither properties nor additionalProperties (nor a composition). */
    static void bareObjects(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            if ("object".equals(node.path("type").asText()) && !node.has("properties") && !node.has("additionalProperties")
                    && !node.has("allOf") && !node.has("oneOf")) {
                out.add(path);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                bareObjects(e.getValue(), path + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                bareObjects(node.get(i), path + "/" + i, out);
            }
        }
    }
}
