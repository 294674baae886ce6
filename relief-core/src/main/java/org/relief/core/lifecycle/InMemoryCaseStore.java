package org.relief.core.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.relief.core.model.AdminCode;

/**
 * A {@link CaseStore} in memory, for tests and small embeddings: ids {@code c1}, {@code c2}, …;
 * thread-safe (appends are compare-and-set on the whole case). Nothing survives the JVM.
 */
public final class InMemoryCaseStore implements CaseStore {
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong created = new AtomicLong();
    private final Map<CaseId, Case> cases = new ConcurrentHashMap<>();
    private final Map<CaseId, Long> order = new ConcurrentHashMap<>();

    @Override
    public CaseId nextId(AdminCode county) {
        return CaseId.of("c" + ids.incrementAndGet());
    }

    @Override
    public void create(Case opened) {
        if (opened.steps().size() != 1) {
            throw new IllegalArgumentException("a case is created with its apply step only");
        }
        if (cases.putIfAbsent(opened.id(), opened) != null) {
            throw new CaseConflictException(opened.id(), "case " + opened.id() + " exists already");
        }
        order.put(opened.id(), created.incrementAndGet());
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return Optional.ofNullable(cases.get(id));
    }

    @Override
    public void append(Case before, Case after) {
        if (!before.id().equals(after.id()) || after.steps().size() != before.steps().size() + 1) {
            throw new IllegalArgumentException("append takes the same case with exactly one more step");
        }
        if (!cases.replace(before.id(), before, after)) {
            throw new CaseConflictException(before.id(), cases.containsKey(before.id())
                    ? "case " + before.id() + " has changed since it was read" : "case " + before.id() + " is unknown");
        }
    }

    @Override
    public Stream<Case> inCounty(AdminCode county) {
        List<Case> in = new ArrayList<>();
        cases.values().stream().filter(c -> c.county().equals(county)).forEach(in::add);
        in.sort(java.util.Comparator.comparing(c -> order.getOrDefault(c.id(), Long.MAX_VALUE)));
        return in.stream();
    }
}
