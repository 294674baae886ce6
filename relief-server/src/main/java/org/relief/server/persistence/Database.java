package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.relief.server.ServerConfig;

/**
 * The store: embedded Apache Derby in the data directory by default, or the database at
 * {@code RELIEF_JDBC_URL} (PostgreSQL's driver is included). Connections come from one HikariCP
 * pool of {@code RELIEF_DB_POOL_SIZE}. The schema is the versioned history of {@link Migrations},
 * brought up to date before anything else touches the database; EclipseLink only maps it, never
 * creates or alters a table. Derby's files, {@code derby.log} included, are written only inside the
 * data directory. Derby's engine is booted once in a JVM and outlives a closed store (only its database
 * is shut down): a second embedded store opened later in the same JVM, as tests do, keeps its database in
 * its own directory, but {@code derby.log} and Derby's home stay those of the first.
 */
public final class Database implements AutoCloseable {
    private final EntityManagerFactory emf;
    private final HikariDataSource pool;
    private final String url;
    private final boolean embedded;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock();
    /** The unit of work open on this thread, if any. */
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private Database(EntityManagerFactory emf, HikariDataSource pool, String url, boolean embedded) {
        this.emf = emf;
        this.pool = pool;
        this.url = url;
        this.embedded = embedded;
    }

    /**
     * The JDBC URL of the store the configuration names; for embedded Derby (no
     * {@code RELIEF_JDBC_URL}) the data directory's database, with Derby's home and {@code derby.log}
     * set inside the data directory (before the first connection).
     */
    public static String jdbcUrl(ServerConfig config) {
        if (config.jdbcUrl().isPresent() && !config.jdbcUrl().get().startsWith("jdbc:derby:")) {
            return config.jdbcUrl().get();
        }
        // Derby (embedded, or named by the URL): its home and derby.log in the data directory, never the working one.
        Path dir = config.dataDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dir, e);
        }
        System.setProperty("derby.system.home", dir.toString());
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        return config.jdbcUrl().orElse("jdbc:derby:" + dir.resolve("db") + ";create=true");
    }

    /**
     * The EclipseLink platform for a JDBC URL: Derby and PostgreSQL by name; empty for another
     * database, whose platform EclipseLink then detects from the connection.
     */
    static Optional<String> targetDatabase(String url) {
        if (url.startsWith("jdbc:derby:")) {
            return Optional.of("Derby");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Optional.of("PostgreSQL");
        }
        return Optional.empty();
    }

    /**
     * Opens the store the configuration names: the pool, then the schema brought up to date (created
     * on an empty database), then the persistence unit over the pool.
     *
     * @throws SchemaTooNewException when a newer relief has migrated the database
     * @throws MigrationFailedException when the schema cannot be brought up to date
     */
    public static Database open(ServerConfig config) {
        String url = jdbcUrl(config);
        // In-process Derby (not its network client, jdbc:derby://): no other process can have it open.
        boolean embedded = url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
        HikariDataSource pool = pool(url, config, embedded);
        try {
            // An embedded store's data directory is this process's alone: the fast check's note can live there.
            Migrations.apply(pool, embedded, embedded && config.jdbcUrl().isEmpty()
                    ? Optional.of(new SchemaCheck(config.dataDir())) : Optional.empty());
            Database db = new Database(entityManagerFactory(url, pool), pool, url, embedded);
            db.emf.createEntityManager().close(); // logs in now, so that a mapping that cannot work fails the start
            return db;
        } catch (SQLException e) {
            pool.close();
            throw new IllegalStateException(e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String url, ServerConfig config, boolean embedded) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("relief");
        hc.setJdbcUrl(url);
        config.dbUser().ifPresent(hc::setUsername);
        config.dbPassword().ifPresent(hc::setPassword);
        hc.setMaximumPoolSize(config.dbPoolSize());
        if (embedded) {
            // In-process Derby: a connection is made in a moment when one is needed, so the pool does not open all of
            // them at the start (issue 19: a restart used 6.7-7.0 CPU-s instead of 7.3-7.5 without the nine others).
            hc.setMinimumIdle(1);
        }
        // A request waits for a free connection no longer than it may stay silent (RELIEF_IDLE_TIMEOUT), not
        // HikariCP's 30 s: more concurrent units of work than connections queue briefly, then fail.
        hc.setConnectionTimeout(Math.max(250, config.idleTimeout().toMillis()));
        return new HikariDataSource(hc);
    }

    /** The server's persistence unit over {@code pool}, as every start deploys it (also the startup benchmark's BareStack). */
    static EntityManagerFactory entityManagerFactory(String url, HikariDataSource pool) {
        Map<String, Object> props = new HashMap<>();
        // Connections from the pool: EclipseLink keeps no pool of its own over a non-JTA data source.
        props.put("jakarta.persistence.nonJtaDataSource", pool);
        targetDatabase(url).ifPresent(t -> props.put("eclipselink.target-database", t));
        props.put("eclipselink.ddl-generation", "none");
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.logging.logger", org.relief.server.logging.EclipseLinkToSlf4j.class.getName());
        props.put("eclipselink.jdbc.batch-writing", "JDBC");
        props.put("eclipselink.jdbc.batch-writing.size", "1000");
        props.put("eclipselink.cache.shared.default", "false");
        return new PersistenceProvider().createContainerEntityManagerFactory(new ReliefPersistenceUnit(new Properties()), props);
    }

    /** Runs {@code work} in a transaction; rolled back when it throws, so nothing is half-stored. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        EntityManager outer = current.get();
        try {
            tx.begin();
            current.set(em);
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
            em.close();
        }
    }

    /**
     * Runs {@code work} in the unit of work already open on this thread (so that a store port called
     * from inside {@link #write} joins its transaction, and its rows and the audit entry commit or roll
     * back together), or else as a write of its own.
     */
    public <T> T joining(Function<EntityManager, T> work) {
        EntityManager em = current.get();
        return em != null ? work.apply(em) : write(work);
    }

    /** Whether a unit of work is open on this thread. */
    public boolean inUnitOfWork() {
        return current.get() != null;
    }

    /** Like {@link #joining} for reads: the open unit of work, or a read of its own. */
    public <T> T readJoining(Function<EntityManager, T> work) {
        EntityManager em = current.get();
        return em != null ? work.apply(em) : read(work);
    }

    /**
     * Runs {@code work} as the only writer: writes are serialised so that the audit chain, appended
     * in the same transaction as each change, never forks. Rolled back when it throws.
     */
    public <T> T write(Function<EntityManager, T> work) {
        writeLock.lock();
        try {
            return inTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /** A read-only unit of work (committed, never holding a transaction open). */
    public <T> T read(Function<EntityManager, T> work) {
        return inTransaction(work);
    }

    /** Whether {@code e} was caused by a unique constraint (SQLState 23505). */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public String url() {
        return url;
    }

    public boolean isEmbedded() {
        return embedded;
    }

    /** Whether {@link #close} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Whether the store is PostgreSQL (which has {@code FOR UPDATE SKIP LOCKED}). */
    public boolean isPostgresql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The connection pool every unit of work and the migrations draw from (for its metrics). */
    HikariDataSource pool() {
        return pool;
    }

    /** Closes the store (once; later calls do nothing): the pool, and an embedded Derby database is shut down cleanly. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        emf.close();
        pool.close();
        if (embedded) {
            String shutdown = url.replace(";create=true", "") + ";shutdown=true";
            try {
                DriverManager.getConnection(shutdown).close();
            } catch (SQLException e) {
                // Derby signals a successful database shutdown with SQLState 08006.
                if (!"08006".equals(e.getSQLState())) {
                    throw new IllegalStateException("Derby shutdown failed: " + e.getMessage(), e);
                }
            }
        }
    }
}
