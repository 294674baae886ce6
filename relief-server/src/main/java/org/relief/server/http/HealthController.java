package org.relief.server.http;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Map;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;

/** {@code GET /health}: up, with the engine version and the number of modules. */
public final class HealthController {
    private final RuleModules modules;

    @Inject
    public HealthController(RuleModules modules) {
        this.modules = modules;
    }

    public void health(Context ctx) {
        ctx.json(Map.of("status", "UP", "engine", ReliefEngine.VERSION, "modules", modules.all().size()));
    }
}
