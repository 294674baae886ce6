package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A counter of ids given before the record is stored (a case's id is known to the lifecycle before
 * its {@code apply} is stored): incremented under a row lock inside the unit of work that stores
 * the record, so ids are unique across server instances, and a refused record gives its id back.
 */
@Entity
@Table(name = "ID_COUNTER")
public class IdCounterEntity {
    @Id
    @Column(name = "NAME", length = 40)
    private String name;

    @Column(name = "NEXT_VALUE", nullable = false)
    private long next;

    protected IdCounterEntity() {
    }

    public IdCounterEntity(String name, long next) {
        this.name = name;
        this.next = next;
    }

    /** The first of the next {@code n} values, all counted. */
    public long take(int n) {
        long first = next;
        next += n;
        return first;
    }

    /** The next value, counted. */
    public long take() {
        return next++;
    }
}
