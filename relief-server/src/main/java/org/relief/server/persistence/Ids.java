package org.relief.server.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Ids taken from an {@link IdCounterEntity} inside the current unit of work. */
final class Ids {
    private Ids() {
    }

    /** The next id of {@code name} (from 1). */
    static long next(EntityManager em, String name) {
        return counter(em, name).take();
    }

    /**
     * The first of the next {@code n} ids of {@code name}, all of them taken; flushed at once, so that a
     * later call in the same unit of work (whose pessimistic read refreshes the row) counts on from them.
     */
    static long next(EntityManager em, String name, int n) {
        long first = counter(em, name).take(n);
        em.flush();
        return first;
    }

    private static IdCounterEntity counter(EntityManager em, String name) {
        IdCounterEntity c = em.find(IdCounterEntity.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new IdCounterEntity(name, 1);
            em.persist(c);
            em.flush();
        }
        return c;
    }
}
