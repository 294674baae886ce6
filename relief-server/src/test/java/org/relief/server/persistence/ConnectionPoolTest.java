package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;
import org.relief.server.TestStores;

/**
 * Issue 21 item 4: every unit of work draws from one HikariCP pool of {@code RELIEF_DB_POOL_SIZE}
 * connections: more concurrent work than connections waits for one, never opens another.
 */
@Tag("store")
class ConnectionPoolTest {

    @Test
    void concurrentWork_neverUsesMoreConnectionsThanThePoolSize(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(TestStores.config(dir.resolve("data")).withDbPoolSize(2))) {
            HikariPoolMXBean pool = db.pool().getHikariPoolMXBean();
            assertEquals(2, db.pool().getMaximumPoolSize());
            ExecutorService workers = Executors.newFixedThreadPool(6);
            AtomicInteger mostActive = new AtomicInteger();
            try {
                List<Future<Long>> reads = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    reads.add(workers.submit(() -> db.inTransaction(em -> {
                        // hold a connection a moment: in a transaction EclipseLink keeps the one it unwraps until the end
                        em.unwrap(java.sql.Connection.class);
                        long n = em.createQuery("select count(h) from HouseholdEntity h", Long.class).getSingleResult();
                        mostActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
                        sleep(150);
                        return n;
                    })));
                }
                for (Future<Long> r : reads) {
                    assertEquals(0L, r.get(30, TimeUnit.SECONDS));
                }
            } finally {
                workers.shutdownNow();
            }
            assertEquals(2, mostActive.get(), "six units of work at once on a pool of two: two connections busy at most");
            assertTrue(pool.getTotalConnections() <= 2, "connections opened: " + pool.getTotalConnections());
        }
    }

    @Test
    void embeddedDerby_opensConnectionsAsNeeded_aDatabaseServerKeepsThePoolFull(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(TestStores.config(dir.resolve("data")).withDbPoolSize(4))) {
            assertEquals(4, db.pool().getMaximumPoolSize());
            assertEquals(db.isEmbedded() ? 1 : 4, db.pool().getMinimumIdle());
            // a few moments for HikariCP's adder: on embedded Derby it has nothing to add
            Thread.sleep(300);
            if (db.isEmbedded()) {
                assertTrue(db.pool().getHikariPoolMXBean().getTotalConnections() <= 2,
                        "connections opened at the start: " + db.pool().getHikariPoolMXBean().getTotalConnections());
            }
        }
    }

    @Test
    void thePoolSize_isASettingWithADefault_andAMalformedValueNamesIt() {
        assertEquals(ServerConfig.DEFAULT_DB_POOL_SIZE, ServerConfig.from(Map.of()).dbPoolSize());
        assertEquals(25, ServerConfig.from(Map.of("RELIEF_DB_POOL_SIZE", "25")).dbPoolSize());
        for (String bad : List.of("0", "many", "-3")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServerConfig.from(Map.of("RELIEF_DB_POOL_SIZE", bad)));
            assertTrue(e.getMessage().contains("RELIEF_DB_POOL_SIZE"), e.getMessage());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
