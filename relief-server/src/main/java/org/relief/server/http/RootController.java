package org.relief.server.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relief.core.engine.ReliefEngine;

/** {@code GET /}: where to go from here — the OpenAPI description, the console, health and modules. */
public final class RootController {
    public void index(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", "relief reference server");
        out.put("engine", ReliefEngine.VERSION);
        out.put("openapi", "/openapi.json");
        out.put("console", "/console/");
        out.put("health", "/health");
        out.put("modules", "/api/v1/modules");
        ctx.json(out);
    }
}
