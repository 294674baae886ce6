package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;
import org.relief.server.TestStores;

@Tag("store")
class DatabaseTest {

    private static long count(Database db) {
        return db.read(em -> em.createQuery("select count(h) from HouseholdEntity h", Long.class).getSingleResult());
    }

    @Test
    void theStore_isKeptAcrossRestarts_andEmbeddedDerbyLivesInTheDataDirectory(@TempDir Path dir) {
        Path data = dir.resolve("data");
        ServerConfig config = TestStores.config(data);
        long id;
        try (Database db = Database.open(config)) {
            id = db.inTransaction(em -> {
                HouseholdEntity h = new HouseholdEntity("411082", "示例家庭（演示）", "{}", Instant.now());
                em.persist(h);
                em.flush();
                return h.getId();
            });
            assertEquals(1, count(db));
        }
        assertTrue(TestStores.postgresql() || Files.isDirectory(data.resolve("db")), "the database lives in the data directory");
        // derby.log goes where the first Derby boot of the JVM put it (a data directory); never the working directory.
        assertTrue(!Files.exists(Path.of("derby.log")), "no derby.log in the working directory");
        try (Database db = Database.open(config)) {
            assertEquals(1, count(db));
            assertEquals("411082", db.read(em -> em.find(HouseholdEntity.class, id)).getAdminCode());
        }
    }

    @Test
    void aFailedTransactionStoresNothing(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir.resolve("data")))) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(em -> {
                em.persist(new HouseholdEntity("411082", "a", "{}", Instant.now()));
                em.flush();
                throw new IllegalStateException("validation failed after the insert");
            }));
            assertEquals(0, count(db));
        }
    }

    @Test
    void concurrentUpdates_onlyOneWins(@TempDir Path dir) {
        try (Database db = Database.open(TestStores.config(dir.resolve("data")))) {
            long id = db.inTransaction(em -> {
                HouseholdEntity h = new HouseholdEntity("411082", "a", "{}", Instant.now());
                em.persist(h);
                em.flush();
                return h.getId();
            });
            HouseholdEntity stale = db.read(em -> em.find(HouseholdEntity.class, id));
            db.inTransaction(em -> {
                em.find(HouseholdEntity.class, id).update("411082", "first", "{}", Instant.now());
                return null;
            });
            RuntimeException e = assertThrows(RuntimeException.class, () -> db.inTransaction(em -> {
                stale.update("411082", "second", "{}", Instant.now());
                return em.merge(stale);
            }));
            assertTrue(e instanceof OptimisticLockException || e instanceof RollbackException
                    || e.getCause() instanceof OptimisticLockException, e.toString());
            assertEquals("first", db.read(em -> em.find(HouseholdEntity.class, id)).getLabel());
            assertFalse(db.read(em -> em.find(HouseholdEntity.class, id)).isDeleted());
        }
    }
}
