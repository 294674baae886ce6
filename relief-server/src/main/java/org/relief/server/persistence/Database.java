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
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.relief.server.ServerConfig;

/**
 * The store: embedded Apache Derby in the data directory by default, or the database at
 * {@code RELIEF_JDBC_URL}. The schema is created on first start and extended on later starts by
 * EclipseLink ({@code create-or-extend-tables}: new tables and columns are added, nothing is
 * dropped). Derby's files, {@code derby.log} included, are written only inside the data directory.
 */
public final class Database implements AutoCloseable {
    private final EntityManagerFactory emf;
    private final String url;
    private final boolean embedded;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock();
    /** The unit of work open on this thread, if any. */
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private Database(EntityManagerFactory emf, String url, boolean embedded) {
        this.emf = emf;
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

    /** Opens (and on first start creates) the store the configuration names. */
    public static Database open(ServerConfig config) {
        Map<String, Object> props = new HashMap<>();
        String url = jdbcUrl(config);
        boolean embedded = config.jdbcUrl().isEmpty();
        if (embedded) {
            props.put("jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
            props.put("eclipselink.target-database", "Derby");
        } else {
            config.dbUser().ifPresent(u -> props.put("jakarta.persistence.jdbc.user", u));
            config.dbPassword().ifPresent(p -> props.put("jakarta.persistence.jdbc.password", p));
        }
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("eclipselink.ddl-generation", "create-or-extend-tables");
        props.put("eclipselink.ddl-generation.output-mode", "database");
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.logging.logger", org.relief.server.logging.EclipseLinkToSlf4j.class.getName());
        props.put("eclipselink.jdbc.batch-writing", "JDBC");
        props.put("eclipselink.jdbc.batch-writing.size", "1000");
        props.put("eclipselink.cache.shared.default", "false");
        EntityManagerFactory emf = new PersistenceProvider()
                .createContainerEntityManagerFactory(new ReliefPersistenceUnit(new Properties()), props);
        Database db = new Database(emf, url, embedded);
        db.inTransaction(em -> em.createNativeQuery("VALUES 1").getResultList());
        return db;
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

    /** Closes the store (once; later calls do nothing); an embedded Derby database is shut down cleanly. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        emf.close();
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
