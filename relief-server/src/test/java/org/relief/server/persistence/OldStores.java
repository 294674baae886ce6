package org.relief.server.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.relief.server.ServerConfig;
import org.relief.server.TestStores;

/**
 * Stores as relief 0.1.0 left them (test resources {@code stores/}, see the README there): on Derby
 * the database directory 0.1.0 wrote, on PostgreSQL the tables 0.1.0's EclipseLink made with the same
 * rows. Both hold the demo data seeded by 0.1.0, a published standard, a household moved to another
 * area, a deleted household and a revoked user.
 */
final class OldStores {
    static final String DERBY = "/stores/derby-0.1.0.zip";
    static final String POSTGRESQL = "/stores/postgresql-0.1.0.sql";

    private OldStores() {
    }

    /** A configuration on a copy of the 0.1.0 store, for the database this run tests. */
    static ServerConfig release010(Path dir) {
        ServerConfig config = TestStores.config(dir.resolve("data"));
        if (TestStores.postgresql()) {
            load(config.jdbcUrl().orElseThrow(), text(POSTGRESQL));
        } else {
            unzip(DERBY, dir.resolve("data").resolve("db"));
        }
        return config;
    }

    private static void unzip(String resource, Path target) {
        try (InputStream in = OldStores.class.getResourceAsStream(resource); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path to = target.resolve(e.getName()).normalize();
                if (!to.startsWith(target)) {
                    throw new IllegalStateException("entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = OldStores.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a pg_dump script: statements end a line with ';', comment lines start with "--". */
    private static void load(String url, String script) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            StringBuilder statement = new StringBuilder();
            for (String line : script.split("\n")) {
                if (statement.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.endsWith(";")) {
                    s.execute(statement.toString());
                    statement.setLength(0);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
