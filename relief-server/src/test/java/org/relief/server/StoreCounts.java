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
        return db.read(em -> Map.of(
                "households", count(em, "SELECT COUNT(*) FROM HOUSEHOLD"),
                // JPQL: DELETED is a SMALLINT on Derby and a BOOLEAN on PostgreSQL
                "changed", em.createQuery("select count(h) from HouseholdEntity h where h.version > 1 or h.deleted = true",
                        Long.class).getSingleResult(),
                "standards", count(em, "SELECT COUNT(*) FROM PUBLISHED_STANDARD"),
                "users", count(em, "SELECT COUNT(*) FROM APP_USER"),
                "usersChanged", count(em, "SELECT COUNT(*) FROM APP_USER WHERE VERSION > 1 OR DISABLED_AT IS NOT NULL"),
                "audit", count(em, "SELECT COUNT(*) FROM AUDIT_ENTRY")));
    }

    private static long count(jakarta.persistence.EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
