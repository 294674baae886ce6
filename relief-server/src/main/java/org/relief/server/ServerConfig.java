package org.relief.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The server's configuration, read once from the environment (never from files in the working
 * directory):
 * <ul>
 *   <li>{@code RELIEF_HOST} — address to listen on (default {@code 127.0.0.1}: this machine only;
 *   {@code 0.0.0.0} for every interface);</li>
 *   <li>{@code RELIEF_PORT} — HTTP port (default 7070; 0 picks a free one);</li>
 *   <li>{@code RELIEF_DATA_DIR} — directory of the embedded Derby database (default {@code ./relief-data});</li>
 *   <li>{@code RELIEF_JDBC_URL}, {@code RELIEF_DB_USER}, {@code RELIEF_DB_PASSWORD} — a database server instead
 *   ({@code jdbc:postgresql://…}: its driver is included; user and password may also be in the URL);</li>
 *   <li>{@code RELIEF_DB_POOL_SIZE} — connections the pool keeps to the database (default {@value #DEFAULT_DB_POOL_SIZE});</li>
 *   <li>{@code RELIEF_DEMO} — {@code false} to start without demo data (default {@code true}: seeded once on an empty store,
 *   the demo cases included — {@link #demoCases()});</li>
 *   <li>{@code RELIEF_ADMIN_TOKEN} — the bearer token of a bootstrap administrator {@code admin}, created
 *   on a store without users (at least {@value #MIN_ADMIN_TOKEN} characters; only its hash is stored);</li>
 *   <li>{@code RELIEF_IDLE_TIMEOUT} — seconds a connection may stay silent, mid-request included (default 10);</li>
 *   <li>{@code RELIEF_MAX_REQUESTS} — requests handled at once; more wait briefly, then get 503 (default 64);</li>
 *   <li>{@code RELIEF_ROSTER_WORKERS} — roster-run workers of this server, 0–64 (default {@value #DEFAULT_ROSTER_WORKERS};
 *   0: this server claims no county of a roster run);</li>
 *   <li>{@code RELIEF_ROSTER_LEASE} — seconds a worker holds a county's job without renewing it; after that another
 *   worker, on any server, takes it over (default 60).</li>
 * </ul>
 * {@link #toString()} never shows the admin token or the database password (nor a password in the URL).
 */
public record ServerConfig(String host, int port, Path dataDir, Optional<String> jdbcUrl, Optional<String> dbUser,
                           Optional<String> dbPassword, boolean demo, Optional<String> adminToken, Duration idleTimeout,
                           int maxConcurrentRequests, boolean demoCases, int dbPoolSize, int rosterWorkers,
                           Duration rosterLease) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final int MIN_ADMIN_TOKEN = 32;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_REQUESTS = 64;
    public static final int DEFAULT_DB_POOL_SIZE = 10;
    public static final int DEFAULT_ROSTER_WORKERS = 1;
    public static final Duration DEFAULT_ROSTER_LEASE = Duration.ofSeconds(60);

    /** Reads the process environment. */
    public static ServerConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the given variables; a malformed value is an {@link IllegalArgumentException} naming the variable. */
    public static ServerConfig from(Map<String, String> env) {
        String host = opt(env, "RELIEF_HOST").map(String::strip).orElse(DEFAULT_HOST);
        int port = number(env, "RELIEF_PORT", DEFAULT_PORT, 0, 65535);
        Path data = Path.of(opt(env, "RELIEF_DATA_DIR").orElse("relief-data")).toAbsolutePath();
        String demo = env.getOrDefault("RELIEF_DEMO", "true").strip();
        if (!demo.equals("true") && !demo.equals("false")) {
            throw new IllegalArgumentException("RELIEF_DEMO 须为 true 或 false / RELIEF_DEMO must be true or false, got '"
                    + demo + "'");
        }
        Optional<String> admin = opt(env, "RELIEF_ADMIN_TOKEN");
        if (admin.isPresent() && (admin.get().length() < MIN_ADMIN_TOKEN || !admin.get().strip().equals(admin.get()))) {
            throw new IllegalArgumentException("RELIEF_ADMIN_TOKEN 至少 " + MIN_ADMIN_TOKEN + " 个字符且无首尾空白 / "
                    + "RELIEF_ADMIN_TOKEN must have at least " + MIN_ADMIN_TOKEN + " characters and no surrounding blanks"
                    + " (got " + admin.get().length() + ")");
        }
        int idle = number(env, "RELIEF_IDLE_TIMEOUT", (int) DEFAULT_IDLE_TIMEOUT.toSeconds(), 1, 3600);
        int max = number(env, "RELIEF_MAX_REQUESTS", DEFAULT_MAX_REQUESTS, 1, 10_000);
        int pool = number(env, "RELIEF_DB_POOL_SIZE", DEFAULT_DB_POOL_SIZE, 1, 1_000);
        int workers = number(env, "RELIEF_ROSTER_WORKERS", DEFAULT_ROSTER_WORKERS, 0, 64);
        int lease = number(env, "RELIEF_ROSTER_LEASE", (int) DEFAULT_ROSTER_LEASE.toSeconds(), 1, 3600);
        return new ServerConfig(host, port, data, opt(env, "RELIEF_JDBC_URL"), opt(env, "RELIEF_DB_USER"),
                opt(env, "RELIEF_DB_PASSWORD"), Boolean.parseBoolean(demo), admin, Duration.ofSeconds(idle), max,
                Boolean.parseBoolean(demo), pool, workers, Duration.ofSeconds(lease));
    }

    /**
     * A configuration for tests: loopback, a free port, the given data directory, no demo data; with
     * {@link #withDemo} the demo households, standards and users but not the demo cases (seeding them is
     * a few seconds of a first start that most tests do not need: {@link #withDemoCases}).
     */
    public static ServerConfig forTest(Path dataDir) {
        return new ServerConfig(DEFAULT_HOST, 0, dataDir, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_REQUESTS, false, DEFAULT_DB_POOL_SIZE,
                DEFAULT_ROSTER_WORKERS, DEFAULT_ROSTER_LEASE);
    }

    /** The same configuration with the demo cases (every state, a roster, a grant) seeded with the demo data, or not. */
    public ServerConfig withDemoCases(boolean on) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, demo, adminToken, idleTimeout,
                maxConcurrentRequests, on, dbPoolSize, rosterWorkers, rosterLease);
    }

    /** The same configuration with demo data on or off. */
    public ServerConfig withDemo(boolean on) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, on, adminToken, idleTimeout,
                maxConcurrentRequests, demoCases, dbPoolSize, rosterWorkers, rosterLease);
    }

    /** The same configuration listening on {@code address}. */
    public ServerConfig withHost(String address) {
        return new ServerConfig(address, port, dataDir, jdbcUrl, dbUser, dbPassword, demo, adminToken, idleTimeout,
                maxConcurrentRequests, demoCases, dbPoolSize, rosterWorkers, rosterLease);
    }

    /** The same configuration with a bootstrap administrator token. */
    public ServerConfig withAdminToken(String token) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, demo, Optional.of(token), idleTimeout,
                maxConcurrentRequests, demoCases, dbPoolSize, rosterWorkers, rosterLease);
    }

    /** The same configuration with other connection limits. */
    public ServerConfig withLimits(Duration idle, int maxRequests) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, demo, adminToken, idle, maxRequests, demoCases,
                dbPoolSize, rosterWorkers, rosterLease);
    }

    /** The same configuration with another database URL. */
    public ServerConfig withJdbcUrl(String url) {
        return new ServerConfig(host, port, dataDir, Optional.of(url), dbUser, dbPassword, demo, adminToken, idleTimeout,
                maxConcurrentRequests, demoCases, dbPoolSize, rosterWorkers, rosterLease);
    }

    /** The same configuration with another pool size. */
    public ServerConfig withDbPoolSize(int size) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, demo, adminToken, idleTimeout,
                maxConcurrentRequests, demoCases, size, rosterWorkers, rosterLease);
    }

    /** The same configuration with {@code workers} roster-run workers holding a job for {@code lease} between renewals. */
    public ServerConfig withRosterWorkers(int workers, Duration lease) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, demo, adminToken, idleTimeout,
                maxConcurrentRequests, demoCases, dbPoolSize, workers, lease);
    }

    /** Whether {@link #host()} is a loopback address (reachable from this machine only). */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", jdbcUrl="
                + jdbcUrl.map(u -> u.replaceAll("(?i)(password=)[^&;]*", "$1***")).orElse("(embedded)") + ", dbUser=" + dbUser.orElse("") + ", dbPassword="
                + dbPassword.map(p -> "***").orElse("") + ", demo=" + demo + ", adminToken="
                + adminToken.map(t -> "***").orElse("") + ", idleTimeout=" + idleTimeout + ", maxConcurrentRequests="
                + maxConcurrentRequests + ", demoCases=" + demoCases + ", dbPoolSize=" + dbPoolSize
                + ", rosterWorkers=" + rosterWorkers + ", rosterLease=" + rosterLease + "]";
    }

    private static int number(Map<String, String> env, String key, int dflt, int min, int max) {
        Optional<String> v = opt(env, key);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.get().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " 须为 " + min + "–" + max + " 的整数 / " + key + " must be a number "
                + min + "–" + max + ", got '" + v.get() + "'");
    }

    private static Optional<String> opt(Map<String, String> env, String key) {
        return Optional.ofNullable(env.get(key)).filter(s -> !s.isBlank());
    }
}
