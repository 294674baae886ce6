package org.relief.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.relief.core.model.Texts;

/**
 * Checks, before anything starts, what the configuration needs from the machine — so that a
 * setting that cannot work is one clear {@link StartupFailure} naming it, not a library's stack
 * trace: the data directory is writable, the address resolves and the port is free, a JDBC driver
 * serves the URL and the database answers.
 */
final class Preflight {
    private Preflight() {
    }

    static void check(ServerConfig config) {
        if (config.jdbcUrl().map(u -> u.startsWith("jdbc:derby:")).orElse(true)) {
            dataDirectory(config.dataDir()); // Derby keeps its home and derby.log there
        }
        address(config);
        database(org.relief.server.persistence.Database.jdbcUrl(config), config);
    }

    private static void dataDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | RuntimeException e) {
            throw new StartupFailure("RELIEF_DATA_DIR", "数据目录 " + dir + " 无法创建或写入", "the data directory " + dir
                    + " cannot be created or written to");
        }
    }

    private static void address(ServerConfig config) {
        InetAddress host;
        try {
            host = InetAddress.getByName(config.host());
        } catch (UnknownHostException e) {
            throw new StartupFailure("RELIEF_HOST", "无法解析监听地址 " + config.host(), "cannot resolve the address "
                    + config.host());
        }
        if (config.port() == 0) {
            return;
        }
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(host, config.port()));
        } catch (BindException e) {
            throw portInUse(config);
        } catch (IOException e) {
            throw new StartupFailure("RELIEF_HOST", "无法在 " + config.host() + " 上监听", "cannot listen on " + config.host());
        }
    }

    static StartupFailure portInUse(ServerConfig config) {
        return new StartupFailure("RELIEF_PORT", "端口 " + config.port() + " 已被占用（或无权使用）", "port " + config.port()
                + " on " + config.host() + " is in use (or not permitted)");
    }

    private static void database(String url, ServerConfig config) {
        Properties p = new Properties();
        config.dbUser().ifPresent(u -> p.setProperty("user", u));
        config.dbPassword().ifPresent(pw -> p.setProperty("password", pw));
        try (Connection c = DriverManager.getConnection(url, p)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The setting naming the store: the data directory for embedded Derby, else the JDBC URL. */
    private static String storeSetting(ServerConfig config) {
        return config.jdbcUrl().isEmpty() ? "RELIEF_DATA_DIR" : "RELIEF_JDBC_URL";
    }

    /** A database migrated by a newer relief: refused, never written to. */
    static StartupFailure schemaTooNew(ServerConfig config, org.relief.server.persistence.SchemaTooNewException e) {
        String first = e.unknown().get(0);
        return new StartupFailure(storeSetting(config), "数据库结构比本服务器新（" + e.unknown().size() + " 个未知变更，如 " + first
                + "），是更新版本的 relief 迁移过的；请使用该版本或更新的版本", "the database schema is newer than this server ("
                + e.unknown().size() + " unknown changes, e.g. " + first + "): a newer relief migrated it; run that version"
                + " or a later one");
    }

    /** The schema could not be brought up to date. */
    static StartupFailure migrationFailed(ServerConfig config, org.relief.server.persistence.MigrationFailedException e) {
        String msg = Texts.abbreviate(String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        return new StartupFailure(storeSetting(config), "数据库结构无法更新（" + msg + "）", "the database schema cannot be"
                + " brought up to date (" + msg + ")");
    }

    /** A database that cannot be opened, as a failure naming the setting. */
    static StartupFailure failure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.startsWith("No suitable driver")) {
            return new StartupFailure("RELIEF_JDBC_URL", "类路径上没有适用于该 JDBC 地址的驱动", "no JDBC driver on the class path "
                    + "serves this URL");
        }
        if (state.equals("XSDB6") || msg.contains("XSDB6") || (e.getNextException() != null
                && "XSDB6".equals(e.getNextException().getSQLState()))) {
            return new StartupFailure("RELIEF_DATA_DIR", "数据库已被另一个进程打开", "the database is open in another process");
        }
        if (state.startsWith("28")) {
            return new StartupFailure("RELIEF_DB_USER", "数据库拒绝了用户名或密码", "the database refused the user or password");
        }
        return new StartupFailure("RELIEF_JDBC_URL", "无法连接数据库（" + state + "）", "the database cannot be reached ("
                + state + ": " + Texts.abbreviate(msg) + ")");
    }
}
