package org.relief.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database the store tests run on: embedded Derby in the test's data directory by default, or
 * the PostgreSQL database named by the system property {@code relief.test.jdbc}
 * ({@code jdbc:postgresql://host:port/db?user=…}), each store a fresh schema on it so that every test
 * starts empty. The PostgreSQL leg ({@code .ci/postgres-leg}, {@code mvn -Ppostgres}) sets it.
 */
public final class TestStores {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);

    private TestStores() {
    }

    /** Whether the store tests run on PostgreSQL in this run. */
    public static boolean postgresql() {
        return System.getProperty("relief.test.jdbc", "").startsWith("jdbc:postgresql:");
    }

    /** A test configuration on an empty store: {@code dataDir} for Derby, or a fresh PostgreSQL schema. */
    public static ServerConfig config(Path dataDir) {
        ServerConfig config = ServerConfig.forTest(dataDir);
        return postgresql() ? config.withJdbcUrl(freshSchema()) : config;
    }

    /** The environment of a server process on an empty store (the data directory, and the URL on PostgreSQL). */
    public static Map<String, String> env(Path dataDir) {
        return env(config(dataDir));
    }

    /** The environment of a server process on the store of {@code config} (one {@link #config} made). */
    public static Map<String, String> env(ServerConfig config) {
        Map<String, String> env = new HashMap<>(Map.of("RELIEF_DATA_DIR", config.dataDir().toString()));
        config.jdbcUrl().ifPresent(u -> env.put("RELIEF_JDBC_URL", u));
        return env;
    }

    /** The PostgreSQL server's URL (a database on it; user and password as URL parameters). */
    public static String postgresqlUrl() {
        if (!postgresql()) {
            throw new IllegalStateException("relief.test.jdbc names no PostgreSQL database");
        }
        return System.getProperty("relief.test.jdbc");
    }

    /** Creates an empty schema on the PostgreSQL server; the URL of the database with it as the current schema. */
    public static String freshSchema() {
        String schema = "t_" + RUN + "_" + SCHEMAS.incrementAndGet();
        String url = postgresqlUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " at " + url + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
