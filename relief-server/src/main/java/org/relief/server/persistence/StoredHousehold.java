package org.relief.server.persistence;

import java.time.Instant;

/**
 * A stored household as the rest of the server sees it (never the JPA entity).
 *
 * @param area  administrative code of the household (6, 9 or 12 digits)
 * @param label a short label (e.g. "示例家庭（演示）…"); personal data: never logged
 * @param body  the household in the case format, as JSON text
 */
public record StoredHousehold(long id, long version, String area, String label, String body, Instant createdAt,
                              Instant updatedAt) {
    static StoredHousehold of(HouseholdEntity e) {
        return new StoredHousehold(e.getId(), e.getVersion(), e.getAdminCode(), e.getLabel(), e.getBody(), e.getCreatedAt(),
                e.getUpdatedAt());
    }

    /** The region that decides the rules: the first 6 digits of the area. */
    public String region() {
        return area.substring(0, 6);
    }
}
