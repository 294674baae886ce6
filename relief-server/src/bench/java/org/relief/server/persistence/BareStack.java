package org.relief.server.persistence;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A second baseline of the startup row (issue 19): the server's libraries started with nothing of relief's own
 * work — embedded Derby booting an existing store, HikariCP, EclipseLink deploying the server's fourteen entities
 * and running one JPQL query (the first query loads its parser, as the server's first read of the standards does),
 * a Guice injector holding the factory, then the bare Javalin's {@code GET /health}. What relief's restart takes
 * beyond this is relief's own start (its schema check, the wiring of its controllers and repositories, the rule
 * modules, the route table); what this takes beyond {@code BareJavalin} is the stack the issue prescribes.
 * <pre>java -cp relief-server/target/relief-server.jar:relief-server/target/test-classes \
 *     org.relief.server.persistence.BareStack 7071 /path/to/RELIEF_DATA_DIR</pre>
 * It reads the store only; it sits in the persistence package to deploy the server's own persistence unit with the
 * server's own settings ({@code Database.entityManagerFactory}).
 * {@code relief-server/src/bench/http/startup.sh} times it beside the server and {@code BareJavalin}.
 */
public final class BareStack {
    private BareStack() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        System.setProperty("derby.stream.error.file", dataDir.resolve("derby-bare-stack.log").toString());
        String url = "jdbc:derby:" + dataDir.resolve("db");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(hc);
        EntityManagerFactory emf = Database.entityManagerFactory(url, pool);
        EntityManager em = emf.createEntityManager();
        long households = em.createQuery("SELECT COUNT(h) FROM HouseholdEntity h", Long.class).getSingleResult();
        em.close();
        Injector injector = Guice.createInjector(binder -> binder.bind(EntityManagerFactory.class).toInstance(emf));
        EntityManagerFactory held = injector.getInstance(EntityManagerFactory.class);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            held.close();
            pool.close();
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: Derby shut the database down, so that the next start finds it closed cleanly.
            }
        }));
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP", "households", households)));
        }).start("127.0.0.1", port);
    }
}
