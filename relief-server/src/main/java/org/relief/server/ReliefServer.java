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
    private final List<String> demoTokens;

    private ReliefServer(Injector injector, Javalin app, WebApp web, List<String> demoTokens) {
        this.injector = injector;
        this.app = app;
        this.web = web;
        this.demoTokens = demoTokens;
    }

    /** Wires and starts a server. */
    public static ReliefServer start(ServerConfig config) {
        Injector injector = Guice.createInjector(new ConfigModule(config), new PersistenceModule(), new EngineModule(),
                new HttpModule());
        List<String> tokens = config.demo() ? DemoData.seedIfEmpty(injector.getInstance(HouseholdRepository.class),
                injector.getInstance(UserRepository.class), config.dataDir()) : List.of();
        WebApp web = injector.getInstance(WebApp.class);
        Javalin app = web.create().start(config.port());
        return new ReliefServer(injector, app, web, tokens);
    }

    public int port() {
        return app.port();
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
        return "relief " + org.relief.core.engine.ReliefEngine.VERSION + " 已启动 / started: http://127.0.0.1:" + port()
                + "\n  API: http://127.0.0.1:" + port() + "/api/v1/modules   OpenAPI: http://127.0.0.1:" + port()
                + "/openapi.json\n" + list;
    }

    private static String describe(LoadedModule m) {
        return "  module " + m.id() + " " + m.version() + "  " + m.name() + "  "
                + m.adminCodes().stream().map(Object::toString).sorted().collect(Collectors.joining(",")) + "  "
                + m.validity();
    }

    /** The demo users' tokens, when this start seeded them (shown once). */
    public List<String> demoTokens() {
        return demoTokens;
    }

    @Override
    public void close() {
        app.stop();
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
        ReliefServer server = start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "relief-shutdown"));
        System.out.println(server.banner());
        if (!server.demoTokens().isEmpty()) {
            System.out.println("演示数据已载入，演示用户令牌（仅显示这一次，另见数据目录中的 " + DemoData.TOKENS_FILE
                    + "）/ demo data seeded; demo users' tokens (shown once, also in " + config.dataDir().resolve(DemoData.TOKENS_FILE) + "):");
            server.demoTokens().forEach(t -> System.out.println("  " + t));
        }
        LOG.info("ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
