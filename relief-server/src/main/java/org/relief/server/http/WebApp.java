package org.relief.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The one composition of the HTTP API: routes, JSON mapper and error mapping. Controllers are
 * instances injected by Guice; every route registered here must be in {@code openapi.json} (a test
 * compares the two).
 */
public final class WebApp {
    private final ObjectMapper mapper;
    private final HealthController health;
    private final ModulesController modules;
    private final StandardsController standards;
    private final OpenApiController openApi;
    private final DeterminationController determinations;
    private final org.relief.server.households.HouseholdsController households;
    private final org.relief.server.security.UsersController users;
    private final org.relief.server.audit.AuditController audit;
    private final List<String> routes = new ArrayList<>();

    @Inject
    public WebApp(ObjectMapper mapper, HealthController health, ModulesController modules, StandardsController standards,
                  OpenApiController openApi, DeterminationController determinations,
                  org.relief.server.households.HouseholdsController households,
                  org.relief.server.security.UsersController users, org.relief.server.audit.AuditController audit) {
        this.mapper = mapper;
        this.health = health;
        this.modules = modules;
        this.standards = standards;
        this.openApi = openApi;
        this.determinations = determinations;
        this.households = households;
        this.users = users;
        this.audit = audit;
    }

    /** A configured, not yet started Javalin. */
    public Javalin create() {
        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.startup.showJavalinBanner = false;
            cfg.http.defaultContentType = "application/json; charset=utf-8";
            cfg.events.handlerAdded(h -> routes.add(h.getHttpMethod() + " " + h.getPath()));
            cfg.routes.get("/health", health::health);
            cfg.routes.get("/openapi.json", openApi::document);
            cfg.routes.get("/api/v1/modules", modules::list);
            cfg.routes.get("/api/v1/standards", standards::inForce);
            cfg.routes.post("/api/v1/determinations", determinations::determine);
            cfg.routes.post("/api/v1/screenings", determinations::screen);
            cfg.routes.post("/api/v1/standards", standards::publish);
            cfg.routes.get("/api/v1/standards/history", standards::history);
            cfg.routes.get("/api/v1/households", households::list);
            cfg.routes.post("/api/v1/households", households::create);
            cfg.routes.post("/api/v1/households/bulk", households::createBulk);
            cfg.routes.get("/api/v1/households/{id}", households::read);
            cfg.routes.put("/api/v1/households/{id}", households::update);
            cfg.routes.delete("/api/v1/households/{id}", households::delete);
            cfg.routes.post("/api/v1/households/{id}/determinations", households::determine);
            cfg.routes.post("/api/v1/users", users::create);
            cfg.routes.get("/api/v1/audit", audit::list);
            cfg.routes.get("/api/v1/audit/verify", audit::verify);
            new Problems(mapper).register(cfg.routes);
        });
    }

    /** "METHOD /path" of every route registered (after {@link #create()}). */
    public List<String> routes() {
        return List.copyOf(routes);
    }
}
