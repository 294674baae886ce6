package org.relief.core.ledger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.relief.core.model.AdminCode;

/** A {@link Ledger} in memory, for tests and small embeddings: ids {@code g1}, {@code g2}, …; thread-safe. */
public final class InMemoryLedger implements Ledger {
    private final AtomicLong ids = new AtomicLong();
    private final List<LedgerGrant> grants = new CopyOnWriteArrayList<>();

    @Override
    public String nextId(AdminCode county) {
        return "g" + ids.incrementAndGet();
    }

    @Override
    public void record(LedgerGrant grant) {
        if (find(grant.id()).isPresent()) {
            throw new IllegalArgumentException("grant " + grant.id() + " is recorded already");
        }
        grants.add(grant);
    }

    @Override
    public Optional<LedgerGrant> find(String id) {
        return grants.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    @Override
    public Stream<LedgerGrant> inYear(AdminCode county, int year) {
        return grants.stream().filter(g -> g.county().equals(county) && g.date().getYear() == year);
    }
}
