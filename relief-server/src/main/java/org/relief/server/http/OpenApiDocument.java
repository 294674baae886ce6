package org.relief.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.relief.server.security.Role;

/**
 * The OpenAPI document as served: the resource (schemas, parameters, bodies, success answers)
 * completed from the route table, so the two cannot drift apart — each operation's
 * {@code operationId}, its roles ({@code x-roles}), its security and the problem answers every route
 * of its kind can give (405 and 500 always; 401 and 403 with a token; 400, 413, 415 and 422 with a
 * request body; 404 with an id in the path). An operation of the table missing from the resource, or one
 * of the resource missing from the table, stops the start.
 */
final class OpenApiDocument {
    private static final Map<String, String> RESPONSES = Map.of("400", "BadRequest", "401", "Unauthorized",
            "403", "Forbidden", "404", "NotFound", "405", "MethodNotAllowed", "413", "PayloadTooLarge",
            "415", "UnsupportedMediaType", "422", "Unprocessable", "500", "InternalError");

    private OpenApiDocument() {
    }

    static ObjectNode complete(ObjectNode resource, RouteTable table) {
        ObjectNode doc = resource.deepCopy();
        ObjectNode paths = (ObjectNode) doc.get("paths");
        int documented = 0;
        for (Iterator<JsonNode> it = paths.elements(); it.hasNext(); ) {
            documented += it.next().size();
        }
        if (documented != table.routes().size()) {
            throw new IllegalStateException("openapi.json documents " + documented + " operations, the route table has "
                    + table.routes().size());
        }
        for (Route r : table.routes()) {
            JsonNode op = paths.path(r.path()).path(r.method().name().toLowerCase(Locale.ROOT));
            if (!(op instanceof ObjectNode o)) {
                throw new IllegalStateException("openapi.json does not document " + r.key());
            }
            o.put("operationId", r.operationId());
            ArrayNode security = o.putArray("security");
            if (!r.access().isOpen()) {
                security.addObject().putArray("bearer");
                ArrayNode roles = o.putArray("x-roles");
                r.access().roles().stream().map(Role::code).sorted().forEach(roles::add);
                o.put("description", (o.has("description") ? o.get("description").asText() + " " : "") + "Roles: "
                        + String.join(", ", r.access().roles().stream().map(Role::code).sorted().toList()) + ".");
            }
            o.set("responses", responses(o.path("responses"), r, o.has("requestBody")));
        }
        return doc;
    }

    private static ObjectNode responses(JsonNode given, Route r, boolean body) {
        List<String> kinds = new ArrayList<>(List.of("405", "500"));
        if (!r.access().isOpen()) {
            kinds.addAll(List.of("401", "403"));
        }
        if (body) {
            kinds.addAll(List.of("400", "413", "415", "422"));
        }
        if (r.path().contains("{")) {
            kinds.add("404");
        }
        Map<String, JsonNode> success = new LinkedHashMap<>();
        Map<String, JsonNode> problems = new TreeMap<>();
        given.fields().forEachRemaining(e -> (e.getKey().startsWith("2") ? success : problems).put(e.getKey(), e.getValue()));
        ObjectNode standard = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String k : kinds) {
            problems.putIfAbsent(k, standard.objectNode().put("$ref", "#/components/responses/" + RESPONSES.get(k)));
        }
        ObjectNode out = standard.objectNode();
        success.forEach(out::set);
        problems.forEach(out::set);
        return out;
    }
}
