package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;

/**
 * Issue 19, startup: a restart on an embedded store whose history and changelog are those of the last
 * full check skips Liquibase ({@link SchemaCheck}); a changed note, changelog or history takes the full
 * check again, which notes the store anew. (A history changed by a newer relief after a note is refused:
 * {@code MigrationSchemaTest.aDatabaseMigratedByANewerRelief_isRefused}.)
 */
class SchemaCheckTest {
    @Test
    void aRestartOnAnUnchangedStoreSkipsLiquibase_anyChangeTakesTheFullCheckAgain(@TempDir Path dir) throws Exception {
        ServerConfig config = ServerConfig.forTest(dir.resolve("data"));
        Database.open(config).close(); // creates the schema: a full check, noted
        Path note = config.dataDir().resolve(SchemaCheck.NOTE);
        String noted = Files.readString(note);
        assertTrue(noted.startsWith("changelog " + SchemaCheck.changelogDigest() + "\nhistory "), noted);
        SchemaCheck check = new SchemaCheck(config.dataDir());
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(Database.jdbcUrl(config));
            assertFalse(Migrations.apply(ds, true, Optional.of(check)), "unchanged: Liquibase skipped");
            assertEquals(noted, Files.readString(note));

            Files.writeString(note, noted.replace("changelog ", "changelog 0"));
            assertTrue(Migrations.apply(ds, true, Optional.of(check)), "another changelog than the noted one: full check");
            assertEquals(noted, Files.readString(note), "noted anew");

            try (var c = ds.getConnection(); var s = c.createStatement()) {
                s.executeUpdate("UPDATE DATABASECHANGELOG SET MD5SUM = NULL WHERE ID = '1-tag'");
            }
            assertTrue(Migrations.apply(ds, true, Optional.of(check)), "another history: full check");
            assertFalse(Migrations.apply(ds, true, Optional.of(check)), "and noted again");

            Files.delete(note);
            assertTrue(Migrations.apply(ds, true, Optional.of(check)), "no note: full check");
            assertTrue(Files.isRegularFile(note));
        }
    }
}
