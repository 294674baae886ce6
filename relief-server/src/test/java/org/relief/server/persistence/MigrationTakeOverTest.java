package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerConfig;

/**
 * Issue 21 item 1: a store made by relief 0.1.0 (EclipseLink's create-or-extend-tables, no migration
 * history) is taken over by the first migration — its tables kept as they are, its change sets
 * recorded as run — and everything in it reads back, written on and kept across a restart.
 */
@Tag("store")
class MigrationTakeOverTest {

    @Test
    void aStoreMadeBy010_isTakenOver_andItsDataReadsBack(@TempDir Path dir) {
        ServerConfig config = OldStores.release010(dir);
        Clock clock = Clock.systemUTC();
        long added;
        try (Database db = Database.open(config)) {
            // Taken over, not created again (creating a 0.1.0 table again would have failed the start): version 1
            // recorded as run (changelog sync to the tag 0.1.0), then versions 2 to 5 run on it.
            List<String> history = db.read(em -> em.createNativeQuery(
                    "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED").getResultList()).stream()
                    .map(String::valueOf).toList();
            assertEquals(List.of("1-id-sequence", "1-household", "1-published-standard", "1-app-user", "1-audit-entry",
                    "1-tag", "2-relief-case"), history.subList(0, 7));
            assertTrue(history.contains("2-tag"), history.toString());
            assertTrue(history.contains("3-tag"), history.toString());
            assertTrue(history.contains("4-tag"), history.toString());
            assertEquals("5-tag", history.get(history.size() - 1));
            assertEquals(0L, ((Number) db.read(em -> em.createNativeQuery("SELECT COUNT(*) FROM RELIEF_CASE")
                    .getSingleResult())).longValue(), "the lifecycle tables exist and are empty");

            // Every household, the moved one and the deleted one as 0.1.0 left them.
            assertEquals(10L, (long) db.read(em -> em.createQuery("select count(h) from HouseholdEntity h", Long.class)
                    .getSingleResult()));
            HouseholdEntity moved = db.read(em -> em.find(HouseholdEntity.class, 101L));
            assertEquals("迁移测试甲（已迁）", moved.getLabel());
            assertEquals("411023", moved.getAdminCode());
            assertEquals(2, moved.getVersion());
            assertFalse(moved.isDeleted());
            assertTrue(moved.getBody().contains("1950-03-01"), moved.getBody());
            assertTrue(moved.getUpdatedAt().isAfter(moved.getCreatedAt()), "instants read back (serialised by 0.1.0)");
            assertTrue(db.read(em -> em.find(HouseholdEntity.class, 102L)).isDeleted());

            // The published standard with every column, the revoked user, the audit entry of the move.
            PublishedStandardEntity s = db.read(em -> em.createQuery(
                    "select s from PublishedStandardEntity s where s.source = 'fixture'", PublishedStandardEntity.class)
                    .getSingleResult());
            assertEquals(0, new BigDecimal("990.50").compareTo(s.getValue()));
            assertEquals(LocalDate.parse("2025-12-31"), s.getUntil());
            assertEquals("聊民发〔2025〕1号", s.getDocumentNumber());
            assertEquals(62L, (long) db.read(em -> em.createQuery("select count(s) from PublishedStandardEntity s", Long.class)
                    .getSingleResult()));
            UserEntity revoked = db.read(em -> em.createQuery("select u from UserEntity u where u.name = 'fixture-auditor'",
                    UserEntity.class).getSingleResult());
            assertNotNull(revoked.getDisabledAt());
            assertEquals(9L, new UserRepository(db, new AuditLog(clock), clock).count());
            AuditEntryEntity move = db.read(em -> em.find(AuditEntryEntity.class, 80L));
            assertEquals("411082", move.getPreviousAdminCode());

            // The hash chain, which covers every column of every entry, verifies: nothing was altered.
            AuditLog.Verification v = new AuditVerifier(AuditVerifier.pages(db), AuditVerifier.PAGE).verify().orElseThrow();
            assertTrue(v.intact(), v.message());
            assertEquals(84, v.entries());

            // Writes go on: ids continue from 0.1.0's sequence, the chain grows intact.
            HouseholdRepository households = new HouseholdRepository(db, new AuditLog(clock), clock);
            added = households.create(Actor.SYSTEM, "411082", "接管后新增", "{\"members\":[]}").id();
            assertTrue(added > 102, "a fresh id: " + added);
            assertTrue(new AuditVerifier(AuditVerifier.pages(db), AuditVerifier.PAGE).verify().orElseThrow().intact());
        }
        try (Database db = Database.open(config)) {
            assertEquals("接管后新增", db.read(em -> em.find(HouseholdEntity.class, added)).getLabel());
            assertEquals(85, new AuditVerifier(AuditVerifier.pages(db), AuditVerifier.PAGE).verify().orElseThrow().entries());
            Instant created = db.read(em -> em.find(HouseholdEntity.class, 1L)).getCreatedAt();
            assertTrue(created.isBefore(Instant.now()), created.toString());
        }
    }

    @Test
    void theServer_startsOnA010Store_andServesItsData(@TempDir Path dir) throws Exception {
        ServerConfig config = OldStores.release010(dir);
        // A token for the test: 0.1.0 stored only hashes, so an administrator is added to the old store first.
        String token = "takeover-" + "x".repeat(40);
        try (Database db = Database.open(config)) {
            Clock clock = Clock.systemUTC();
            new UserRepository(db, new AuditLog(clock), clock).create(Actor.SYSTEM, "takeover-admin", "admin", "000000",
                    org.relief.server.security.Tokens.hash(token));
        }
        try (org.relief.server.ServerHarness http = new org.relief.server.ServerHarness(config)) {
            java.net.http.HttpResponse<String> moved = http.call("GET", "/api/v1/households/101", token, null);
            assertEquals(200, moved.statusCode(), moved.body());
            com.fasterxml.jackson.databind.JsonNode h = new com.fasterxml.jackson.databind.ObjectMapper().readTree(moved.body());
            assertEquals("迁移测试甲（已迁）", h.path("label").asText(), moved.body());
            assertEquals("411023", h.path("area").asText(), moved.body());
            assertEquals(404, http.call("GET", "/api/v1/households/102", token, null).statusCode(), "the deleted one stays deleted");
            java.net.http.HttpResponse<String> verify = http.call("GET", "/api/v1/audit/verify", token, null);
            assertEquals(200, verify.statusCode(), verify.body());
            assertTrue(verify.body().contains("\"intact\":true"), verify.body());
        }
    }
}
