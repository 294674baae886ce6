package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Ids taken from an {@link IdCounterEntity} inside the current unit of work. */
final class Ids {
    private Ids() {
    }

    /** The next id of {@code name} (from 1). */
    static long next(EntityManager em, String name) {
        IdCounterEntity c = em.find(IdCounterEntity.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new IdCounterEntity(name, 1);
            em.persist(c);
            em.flush();
        }
        return c.take();
    }
}
