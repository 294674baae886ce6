package org.relief.testkit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;

/**
 * Names the regions of a report as the modules that serve them do ({@code 411082 → 许昌市}): a code
 * is named by the module serving it (county → city → province), as the engine resolves it.
 * In-process the names come from the loaded modules; for a {@code --server} run from the server's
 * own module list ({@code GET /api/v1/modules}: each module's {@code name} and {@code adminCodes}),
 * so that the report names the modules the server really has — the kit's jar carries none.
 */
public final class RegionNames {
    private RegionNames() {
    }

    /** Names from loaded modules. */
    public static Function<String, Optional<String>> of(RuleModules modules) {
        return code -> parse(code).flatMap(modules::forRegion).map(LoadedModule::name);
    }

    /**
     * Names from a server's module list (an array of objects with {@code name} and
     * {@code adminCodes}); elements without them are ignored, so a server that lists more keys, or
     * none, is read as it is.
     */
    public static Function<String, Optional<String>> of(JsonNode serverModules) {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (JsonNode m : serverModules) {
            String name = m.path("name").asText("");
            if (name.isBlank()) {
                continue;
            }
            m.path("adminCodes").forEach(c -> byCode.putIfAbsent(c.asText(), name));
        }
        return code -> parse(code).flatMap(c -> {
            if (c.isNational()) {
                return Optional.ofNullable(byCode.get(c.value()));
            }
            for (AdminCode step : c.upwards()) {
                String n = byCode.get(step.value());
                if (n != null) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<AdminCode> parse(String code) {
        try {
            return Optional.of(AdminCode.of(code));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
