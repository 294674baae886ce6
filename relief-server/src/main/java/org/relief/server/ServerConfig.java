package org.relief.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The server's configuration, read once from the environment (never from files in the working
 * directory):
 * <ul>
 *   <li>{@code RELIEF_PORT} — HTTP port (default 7070; 0 picks a free one);</li>
 *   <li>{@code RELIEF_DATA_DIR} — directory of the embedded Derby database (default {@code ./relief-data});</li>
 *   <li>{@code RELIEF_JDBC_URL}, {@code RELIEF_DB_USER}, {@code RELIEF_DB_PASSWORD} — a database server instead;</li>
 *   <li>{@code RELIEF_DEMO} — {@code false} to start without demo data (default {@code true}: seeded once on an empty store).</li>
 * </ul>
 */
public record ServerConfig(int port, Path dataDir, Optional<String> jdbcUrl, Optional<String> dbUser,
                           Optional<String> dbPassword, boolean demo) {
    public static final int DEFAULT_PORT = 7070;

    /** Reads the process environment. */
    public static ServerConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the given variables; a malformed value is an error naming the variable. */
    public static ServerConfig from(Map<String, String> env) {
        int port = DEFAULT_PORT;
        String p = env.get("RELIEF_PORT");
        if (p != null && !p.isBlank()) {
            try {
                port = Integer.parseInt(p.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("RELIEF_PORT must be a number 0–65535, got '" + p + "'");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("RELIEF_PORT must be a number 0–65535, got " + port);
            }
        }
        Path data = Path.of(Optional.ofNullable(env.get("RELIEF_DATA_DIR")).filter(s -> !s.isBlank()).orElse("relief-data"))
                .toAbsolutePath();
        String demo = env.getOrDefault("RELIEF_DEMO", "true").strip();
        if (!demo.equals("true") && !demo.equals("false")) {
            throw new IllegalArgumentException("RELIEF_DEMO must be true or false, got '" + demo + "'");
        }
        return new ServerConfig(port, data, opt(env, "RELIEF_JDBC_URL"), opt(env, "RELIEF_DB_USER"),
                opt(env, "RELIEF_DB_PASSWORD"), Boolean.parseBoolean(demo));
    }

    /** A configuration for tests: a free port, the given data directory, no demo data. */
    public static ServerConfig forTest(Path dataDir) {
        return new ServerConfig(0, dataDir, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** The same configuration with demo data on or off. */
    public ServerConfig withDemo(boolean on) {
        return new ServerConfig(port, dataDir, jdbcUrl, dbUser, dbPassword, on);
    }

    private static Optional<String> opt(Map<String, String> env, String key) {
        return Optional.ofNullable(env.get(key)).filter(s -> !s.isBlank());
    }
}
