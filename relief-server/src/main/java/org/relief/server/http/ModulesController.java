package org.relief.server.http;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ProgramId;
import org.relief.core.spi.Citation;

/** {@code GET /api/v1/modules}: every loaded module with its metadata and rule catalogue. */
public final class ModulesController {
    private final RuleModules modules;

    @Inject
    public ModulesController(RuleModules modules) {
        this.modules = modules;
    }

    /** One module as the API shows it. */
    public record ModuleView(String id, String version, String name, List<String> adminCodes, LocalDate validFrom,
                             LocalDate validUntil, List<ProgramView> programs, List<RuleView> rules) {
    }

    /**
     * A program the module determines: its id (the {@code program} of a determination) and the
     * slots of its pipeline (the module's own, or the national baseline's).
     */
    public record ProgramView(String id, List<String> slots) {
    }

    /** One catalogue entry. */
    public record RuleView(String id, String document, String clause, String citation, String title, String kind) {
    }

    public void list(Context ctx) {
        ctx.json(modules.all().stream().map(m -> view(m, modules.national())).toList());
    }

    static ModuleView view(LoadedModule m, LoadedModule national) {
        List<RuleView> rules = m.catalogue().values().stream().sorted(Comparator.comparing(Citation::ruleId))
                .map(c -> new RuleView(c.ruleId(), c.document(), c.clause(), c.describe(), c.titleZh(),
                        c.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        java.util.LinkedHashSet<ProgramId> ids = new java.util.LinkedHashSet<>(ProgramId.STANDARD);
        ids.addAll(m.programs().keySet());
        List<ProgramView> programs = ids.stream().map(p -> new ProgramView(p.id(),
                m.programs().getOrDefault(p, national.programs().getOrDefault(p, List.of())))).toList();
        return new ModuleView(m.id(), m.version(), m.name(), m.adminCodes().stream().map(AdminCode::value).sorted().toList(),
                m.validity().from(), m.validity().until().orElse(null), programs, rules);
    }
}
