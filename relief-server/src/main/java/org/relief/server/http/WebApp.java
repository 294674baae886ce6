package org.relief.server.http;

import static org.relief.server.security.Role.ADMIN;
import static org.relief.server.security.Role.AUDITOR;
import static org.relief.server.security.Role.COUNTY_APPROVER;
import static org.relief.server.security.Role.PROVINCE_ADMIN;
import static org.relief.server.security.Role.TOWNSHIP_REVIEWER;
import static org.relief.server.security.Role.VILLAGE_ASSISTANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.relief.server.ServerConfig;
import org.relief.server.audit.AuditController;
import org.relief.server.cases.CasesController;
import org.relief.server.cases.LedgerController;
import org.relief.server.cases.RostersController;
import org.relief.server.runs.RosterRunsController;
import org.relief.server.console.ConsoleController;
import org.relief.server.households.HouseholdsController;
import org.relief.server.security.Access;
import org.relief.server.security.Authenticator;
import org.relief.server.security.UsersController;

/**
 * The one composition of the HTTP API: the route table (method, path, operationId, who may call
 * it, controller), the JSON mapper, the error mapping and the connection limits. Every route is
 * registered from the table, its access checked before its controller runs; the OpenAPI document
 * and the role × endpoint test are held to the same table.
 */
public final class WebApp {
    private final ObjectMapper mapper;
    private final ServerConfig config;
    private final Authenticator auth;
    private final RouteTable table;

    @Inject
    public WebApp(ObjectMapper mapper, ServerConfig config, Authenticator auth, HealthController health,
                  ModulesController modules, StandardsController standards, OpenApiController openApi,
                  DeterminationController determinations, HouseholdsController households, UsersController users,
                  AuditController audit, ConsoleController console, CasesController cases, RostersController rosters,
                  LedgerController ledger, CalculatorsController calculators, RosterRunsController rosterRuns) {
        this.mapper = mapper;
        this.config = config;
        this.auth = auth;
        RootController root = new RootController();
        Access open = Access.open();
        Access writeHouseholds = Access.of("登记和修改家庭", "create or change households", VILLAGE_ASSISTANT,
                TOWNSHIP_REVIEWER, COUNTY_APPROVER, ADMIN);
        this.table = new RouteTable(List.of(
                Route.get("/", "root", open, root::index),
                Route.get("/health", "health", open, health::health),
                Route.get("/openapi.json", "openApi", open, openApi::document),
                // The console's page and assets are open like the calculator it shows; its API calls carry the token.
                Route.get("/console/", "console", open, console::index),
                Route.get("/console/{file}", "consoleAsset", open, console::file),
                Route.get("/api/v1/modules", "listModules", open, modules::list),
                Route.get("/api/v1/standards", "standardsInForce", open, standards::inForce),
                Route.get("/api/v1/standards/history", "standardsHistory", open, standards::history),
                Route.post("/api/v1/standards", "publishStandard", Access.of("发布救助标准", "publish standards",
                        COUNTY_APPROVER, PROVINCE_ADMIN, ADMIN), standards::publish),
                Route.post("/api/v1/determinations", "determine", open, determinations::determine),
                Route.post("/api/v1/screenings", "screen", open, determinations::screen),
                // The modules' calculators: stateless and open like the determinations.
                Route.get("/api/v1/calculators", "listCalculators", open, calculators::list),
                Route.post("/api/v1/calculators/{calculator}", "calculate", open, calculators::compute),
                Route.get("/api/v1/households", "listHouseholds", Access.of("查看家庭名单", "list households",
                        VILLAGE_ASSISTANT, TOWNSHIP_REVIEWER, COUNTY_APPROVER, ADMIN), households::list),
                Route.post("/api/v1/households", "createHousehold", writeHouseholds, households::create),
                Route.post("/api/v1/households/bulk", "importHouseholds", writeHouseholds, households::createBulk),
                Route.get("/api/v1/households/{id}", "readHousehold", Access.of("查看家庭", "read households",
                        VILLAGE_ASSISTANT, TOWNSHIP_REVIEWER, COUNTY_APPROVER, AUDITOR, ADMIN), households::read),
                Route.put("/api/v1/households/{id}", "updateHousehold", writeHouseholds, households::update),
                Route.delete("/api/v1/households/{id}", "deleteHousehold", Access.of("删除家庭", "delete households",
                        TOWNSHIP_REVIEWER, COUNTY_APPROVER, ADMIN), households::delete),
                Route.post("/api/v1/households/{id}/determinations", "determineHousehold", Access.of("认定家庭",
                        "determine households", VILLAGE_ASSISTANT, TOWNSHIP_REVIEWER, COUNTY_APPROVER, ADMIN),
                        households::determine),
                Route.post("/api/v1/users", "createUser", Access.of("创建用户", "create users", ADMIN), users::create),
                Route.get("/api/v1/users", "listUsers", Access.of("查看用户", "list users", ADMIN), users::list),
                Route.delete("/api/v1/users/{name}", "revokeUser", Access.of("撤销用户", "revoke users", ADMIN), users::revoke),
                Route.get("/api/v1/me", "whoAmI", Access.anyRole("查看本人账户", "read one's own account"), users::me),
                Route.post("/api/v1/users/{name}/token", "rotateToken", Access.anyRole("更换令牌", "rotate tokens"),
                        users::rotate),
                Route.get("/api/v1/audit", "listAudit", Access.of("查看审计日志", "read the audit log", AUDITOR, ADMIN),
                        audit::list),
                Route.post("/api/v1/cases", "applyCase", Access.of("受理救助申请", "open cases", VILLAGE_ASSISTANT,
                        TOWNSHIP_REVIEWER, COUNTY_APPROVER, ADMIN), cases::apply),
                Route.get("/api/v1/cases", "listCases", Access.of("查看案件", "list cases", VILLAGE_ASSISTANT,
                        TOWNSHIP_REVIEWER, COUNTY_APPROVER, AUDITOR, ADMIN), cases::list),
                Route.get("/api/v1/cases/{id}", "readCase", Access.of("查看案件", "read cases", VILLAGE_ASSISTANT,
                        TOWNSHIP_REVIEWER, COUNTY_APPROVER, AUDITOR, ADMIN), cases::read),
                Route.post("/api/v1/cases/{id}/steps", "takeStep", Access.of("办理案件", "take steps on cases",
                        VILLAGE_ASSISTANT, TOWNSHIP_REVIEWER, COUNTY_APPROVER, ADMIN), cases::step),
                Route.post("/api/v1/rosters", "computeRoster", Access.of("编制发放花名册", "compute rosters",
                        TOWNSHIP_REVIEWER, COUNTY_APPROVER, ADMIN), rosters::roster),
                Route.get("/api/v1/rosters/{county}/{month}", "readRoster", Access.of("查看发放花名册", "read rosters",
                        TOWNSHIP_REVIEWER, COUNTY_APPROVER, AUDITOR, ADMIN), rosters::read),
                Route.post("/api/v1/roster-runs", "createRosterRun", Access.of("批量编制报送花名册", "run the rosters of a region",
                        COUNTY_APPROVER, PROVINCE_ADMIN, ADMIN), rosterRuns::create),
                Route.get("/api/v1/roster-runs/{id}", "readRosterRun", Access.of("查看花名册批次", "read roster runs",
                        COUNTY_APPROVER, PROVINCE_ADMIN, AUDITOR, ADMIN), rosterRuns::read),
                Route.post("/api/v1/price-indices", "publishPriceIndices", Access.of("发布价格指数", "publish price indices",
                        PROVINCE_ADMIN, ADMIN), rosters::prices),
                Route.post("/api/v1/grants", "recordGrant", Access.of("临时救助", "record grants", TOWNSHIP_REVIEWER,
                        COUNTY_APPROVER, ADMIN), ledger::grant),
                Route.post("/api/v1/samples", "drawSample", Access.of("县级抽查", "draw the county sample", COUNTY_APPROVER,
                        ADMIN), ledger::sample),
                Route.get("/api/v1/records", "exportRecords", Access.of("导出失信记录", "export integrity records",
                        COUNTY_APPROVER, AUDITOR, ADMIN), ledger::records),
                Route.get("/api/v1/audit/verify", "verifyAudit", Access.of("校验审计日志", "verify the audit log", AUDITOR,
                        ADMIN), audit::verify)));
        openApi.complete(table);
    }

    /** A configured, not yet started Javalin: {@code start()} it (host and port come from the configuration). */
    public Javalin create() {
        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.defaultContentType = "application/json; charset=utf-8";
            cfg.http.maxRequestSize = JsonBody.MAX_BYTES;
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors(mapper));
                // A bound on requests handled at once: more wait up to half the idle timeout, then get 503.
                QoSHandler qos = new QoSHandler();
                qos.setMaxRequestCount(config.maxConcurrentRequests());
                qos.setMaxSuspendedRequestCount(config.maxConcurrentRequests() * 4);
                qos.setMaxSuspend(config.idleTimeout().dividedBy(2));
                server.insertHandler(qos);
            });
            cfg.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JettyErrors(mapper)));
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(config.host());
                c.setPort(config.port());
                // A silent connection (a stalled upload included) is answered 408 and closed after this.
                c.setIdleTimeout(config.idleTimeout().toMillis());
                return c;
            });
            for (Route r : table.routes()) {
                cfg.routes.addHttpHandler(r.method(), r.path(), ctx -> {
                    ctx.attribute(Problems.ROUTE, r.key());
                    auth.authorize(ctx, r.access());
                    r.handler().handle(ctx);
                });
            }
            cfg.routes.after(ctx -> {
                String type = ctx.res().getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json")
                        && !type.toLowerCase(Locale.ROOT).contains("charset")) {
                    ctx.contentType("application/json; charset=utf-8");
                }
            });
            new Problems(mapper, table).register(cfg.routes);
        });
    }

    /** The route table. */
    public RouteTable table() {
        return table;
    }

    /** "METHOD /path" of every route. */
    public List<String> routes() {
        return table.routes().stream().map(Route::key).toList();
    }
}
