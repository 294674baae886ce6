package org.relief.server.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.relief.core.ledger.Ledger;
import org.relief.core.lifecycle.CaseStore;
import org.relief.core.roster.RosterStore;
import org.relief.server.ServerConfig;
import org.relief.server.TestStores;
import org.relief.testkit.tck.CaseStoreContract;
import org.relief.testkit.tck.LedgerContract;
import org.relief.testkit.tck.RosterStoreContract;

/** The server's JPA stores keep the kit's store contracts, each test on a fresh store (Derby, or PostgreSQL in its leg). */
@Tag("store")
class JpaStoreContractTests {
    private static final List<Database> OPENED = new ArrayList<>();

    static synchronized Database fresh() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "store-contract-");
            // an in-memory Derby per test (fast; the on-disk store is the other persistence tests'), or a fresh
            // PostgreSQL schema in the PostgreSQL leg
            Database db = Database.open(TestStores.postgresql() ? TestStores.config(dir)
                    : ServerConfig.from(java.util.Map.of("RELIEF_DATA_DIR", dir.toString(),
                    "RELIEF_JDBC_URL", "jdbc:derby:memory:" + dir.getFileName() + ";create=true")));
            OPENED.add(db);
            return db;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void closeAll() {
        OPENED.forEach(Database::close);
        OPENED.clear();
    }

    @Nested
    class Cases extends CaseStoreContract {
        @Override
        protected CaseStore newStore() {
            return new JpaCaseStore(fresh(), Clock.systemUTC());
        }
    }

    @Nested
    class Rosters extends RosterStoreContract {
        @Override
        protected RosterStore newStore() {
            return new JpaRosterStore(fresh(), Clock.systemUTC());
        }
    }

    @Nested
    class Grants extends LedgerContract {
        @Override
        protected Ledger newLedger() {
            return new JpaLedger(fresh(), Clock.systemUTC());
        }
    }
}
