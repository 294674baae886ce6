package org.relief.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.javalin.Javalin;
import java.util.List;
import java.util.stream.Collectors;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.server.engine.EngineModule;
import org.relief.server.http.HttpModule;
import org.relief.server.http.WebApp;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.HouseholdRepository;
import org.relief.server.persistence.PersistenceModule;
import org.relief.server.persistence.StandardsRepository;
import org.relief.server.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: one Guice injector with a module per adapter, one Javalin app. Start with
 * {@code java -jar relief-server/target/relief-server.jar}; configuration from the environment
 * ({@link ServerConfig}).
 */
public final class ReliefServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReliefServer.class);

    private final Injector injector;
    private final Javalin app;
    private final WebApp web;
    private final ServerConfig config;
    private final Bootstrap.Result bootstrap;
    private final String phases;

    private ReliefServer(Injector injector, Javalin app, WebApp web, ServerConfig config, Bootstrap.Result bootstrap,
                         String phases) {
        this.injector = injector;
        this.app = app;
        this.web = web;
        this.config = config;
        this.bootstrap = bootstrap;
        this.phases = phases;
    }

    /** Where the start's time went, for the log: e.g. {@code store 1200 ms, wiring 300 ms, http 700 ms}. */
    public String phases() {
        return phases;
    }

    /** Milliseconds of each step of a start, in order. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void mark(String phase) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Wires and starts a server. */
    public static ReliefServer start(ServerConfig config) {
        Phases phases = new Phases();
        Preflight.check(config);
        phases.mark("preflight");
        Database db;
        try {
            db = Database.open(config);
        } catch (org.relief.server.persistence.SchemaTooNewException e) {
            throw Preflight.schemaTooNew(config, e);
        } catch (org.relief.server.persistence.MigrationFailedException e) {
            throw Preflight.migrationFailed(config, e);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.sql.SQLException sql) {
                    throw Preflight.failure(sql);
                }
            }
            throw e;
        }
        phases.mark("store");
        try {
            Injector injector = Guice.createInjector(new ConfigModule(config), new PersistenceModule(db),
                    new EngineModule(), new org.relief.server.cases.LifecycleModule(), new HttpModule());
            Bootstrap.Result seeded = Bootstrap.run(config, injector.getInstance(HouseholdRepository.class),
                    injector.getInstance(StandardsRepository.class), injector.getInstance(UserRepository.class));
            if (!seeded.demoTokens().isEmpty() && config.demoCases()) {
                // The demo store's cases (every state, a submitted roster, a grant), after its households and standards.
                injector.getInstance(org.relief.server.cases.DemoCases.class).seed();
            }
            phases.mark("wiring");
            WebApp web = injector.getInstance(WebApp.class);
            Javalin app;
            try {
                app = web.create().start();
            } catch (RuntimeException e) {
                throw e.getClass().getSimpleName().contains("Bind") || String.valueOf(e.getMessage()).contains("bind")
                        ? Preflight.portInUse(config) : e;
            }
            // after the routes are up: a server that cannot serve takes no county of a roster run
            injector.getInstance(org.relief.server.runs.RosterWorkers.class).start();
            phases.mark("http");
            return new ReliefServer(injector, app, web, config, seeded, phases.toString());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    /** The address the server listens on ({@code RELIEF_HOST}). */
    public String host() {
        return config.host();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:7070}. */
    public String url() {
        return "http://" + (host().contains(":") ? "[" + host() + "]" : host()) + ":" + port();
    }

    public Injector injector() {
        return injector;
    }

    public WebApp web() {
        return web;
    }

    /** The start-up banner: the URL and the modules with their versions. */
    public String banner() {
        RuleModules modules = injector.getInstance(RuleModules.class);
        String list = modules.all().stream().map(ReliefServer::describe).collect(Collectors.joining("\n"));
        return "relief " + org.relief.core.engine.ReliefEngine.VERSION + " 已启动 / started: " + url()
                + "\n  API: " + url() + "/api/v1/modules   OpenAPI: " + url() + "/openapi.json\n" + list;
    }

    private static String describe(LoadedModule m) {
        return "  module " + m.id() + " " + m.version() + "  " + m.name() + "  "
                + m.adminCodes().stream().map(Object::toString).sorted().collect(Collectors.joining(",")) + "  "
                + m.validity();
    }

    /** The demo users' tokens, when this start seeded them (shown once). */
    public List<String> demoTokens() {
        return bootstrap.demoTokens();
    }

    /** What this start did to the store (bootstrap administrator), for the log. */
    public List<String> notes() {
        return bootstrap.notes();
    }

    /**
     * Warnings for the log: demo data (whose tokens include an administrator's) served on an
     * address other than loopback.
     */
    public List<String> warnings() {
        if (config.demo() && !config.loopback()) {
            return List.of("演示数据已开启，且服务监听非本机地址 " + host() + "：演示令牌（含管理员）可经网络使用；"
                    + "正式使用请设置 RELIEF_DEMO=false / demo data is on and the server listens on " + host()
                    + ", not loopback: the demo tokens (an administrator's among them) work from the network; "
                    + "set RELIEF_DEMO=false (and RELIEF_ADMIN_TOKEN) for real use, or RELIEF_HOST=127.0.0.1");
        }
        return List.of();
    }

    @Override
    public void close() {
        // first the roster workers (a county in progress is given back), then the routes, then the store
        injector.getInstance(org.relief.server.runs.RosterWorkers.class).close();
        app.stop();
        injector.getInstance(org.relief.server.households.BulkPipeline.class).close();
        injector.getInstance(Database.class).close();
    }

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = ServerConfig.fromEnvironment();
        } catch (IllegalArgumentException e) {
            System.err.println("relief: " + e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        ReliefServer server;
        try {
            server = start(config);
        } catch (StartupFailure e) {
            System.err.println(e.line());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("收到停止信号，正在停止 / stopping: shutdown signal received");
            server.close();
            LOG.info("已停止，存储已正常关闭 / stopped: the store was closed cleanly");
        }, "relief-shutdown"));
        System.out.println(server.banner());
        server.notes().forEach(LOG::info);
        server.warnings().forEach(LOG::warn);
        if (!server.demoTokens().isEmpty()) {
            System.out.println("演示数据已载入，演示用户令牌（仅显示这一次，另见数据目录中的 " + DemoData.TOKENS_FILE
                    + "）/ demo data seeded; demo users' tokens (shown once, also in " + config.dataDir().resolve(DemoData.TOKENS_FILE) + "):");
            server.demoTokens().forEach(t -> System.out.println("  " + t));
        }
        LOG.info("ready in {} ms ({})", (System.nanoTime() - t0) / 1_000_000, server.phases());
    }
}
