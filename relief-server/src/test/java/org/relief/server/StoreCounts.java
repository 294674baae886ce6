package org.relief.server;

import java.util.Map;
import org.relief.server.persistence.Database;

/** What a request could have written, counted straight from the tables (tests: "nothing stored"). */
public final class StoreCounts {
    private StoreCounts() {
    }

    /** Rows of every table, households changed or deleted, users revoked, the audit log's length. */
    public static Map<String, Long> of(ServerHarness http) {
        Database db = http.server().injector().getInstance(Database.class);
        return db.read(em -> Map.ofEntries(
                Map.entry("cases", count(em, "SELECT COUNT(*) FROM RELIEF_CASE")),
                Map.entry("steps", count(em, "SELECT COUNT(*) FROM CASE_STEP")),
                Map.entry("rosters", count(em, "SELECT COUNT(*) FROM ROSTER")),
                Map.entry("rosterLines", count(em, "SELECT COUNT(*) FROM ROSTER_LINE")),
                Map.entry("rosterRuns", count(em, "SELECT COUNT(*) FROM ROSTER_RUN")),
                Map.entry("rosterJobs", count(em, "SELECT COUNT(*) FROM ROSTER_JOB")),
                Map.entry("grants", count(em, "SELECT COUNT(*) FROM LEDGER_GRANT")),
                Map.entry("priceIndices", count(em, "SELECT COUNT(*) FROM PRICE_INDEX")),
                Map.entry("records", count(em, "SELECT COUNT(*) FROM CASE_RECORD")),
                Map.entry("households", count(em, "SELECT COUNT(*) FROM HOUSEHOLD")),
                // JPQL: DELETED is a SMALLINT on Derby and a BOOLEAN on PostgreSQL
                Map.entry("changed", em.createQuery("select count(h) from HouseholdEntity h where h.version > 1"
                        + " or h.deleted = true", Long.class).getSingleResult()),
                Map.entry("standards", count(em, "SELECT COUNT(*) FROM PUBLISHED_STANDARD")),
                Map.entry("users", count(em, "SELECT COUNT(*) FROM APP_USER")),
                Map.entry("usersChanged", count(em, "SELECT COUNT(*) FROM APP_USER WHERE VERSION > 1 OR DISABLED_AT IS NOT NULL")),
                Map.entry("audit", count(em, "SELECT COUNT(*) FROM AUDIT_ENTRY"))));
    }

    private static long count(jakarta.persistence.EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
