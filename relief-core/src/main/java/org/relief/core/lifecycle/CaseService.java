package org.relief.core.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle over a store: opens cases and takes steps by case id, storing each taken step
 * atomically; a refused step stores nothing.
 *
 * <pre>{@code
 * CaseService cases = new CaseService(Lifecycle.create(engine), new InMemoryCaseStore());
 * StepResult opened = cases.apply(new Step.Apply(...));
 * CaseId id = ((StepResult.Taken) opened).after().id();
 * cases.take(id, new Step.Accept(LocalDate.of(2024, 3, 4)));
 * }</pre>
 */
public final class CaseService {
    private final Lifecycle lifecycle;
    private final CaseStore store;
    private final java.util.function.Function<CaseId, java.util.Map<java.time.YearMonth, org.relief.core.model.Money>> paid;

    /** A service over {@code lifecycle} and {@code store}, without rosters (nothing paid yet). */
    public CaseService(Lifecycle lifecycle, CaseStore store) {
        this(lifecycle, store, id -> java.util.Map.of());
    }

    /**
     * A service that knows what each case was paid (e.g. {@code rosterStore::paid}), for the
     * recovery of a {@code fraud} step.
     */
    public CaseService(Lifecycle lifecycle, CaseStore store,
                       java.util.function.Function<CaseId, java.util.Map<java.time.YearMonth, org.relief.core.model.Money>> paid) {
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.store = Objects.requireNonNull(store, "store");
        this.paid = Objects.requireNonNull(paid, "paid");
    }

    /** The lifecycle. */
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** The store. */
    public CaseStore store() {
        return store;
    }

    /** Opens a case; stored only when the apply step is taken. */
    public StepResult apply(Step.Apply apply) {
        StepResult r = lifecycle.open(store.nextId(apply.county()), apply);
        if (r instanceof StepResult.Taken t) {
            store.create(t.after());
        }
        return r;
    }

    /**
     * Takes a step on the case {@code id}: {@code UNKNOWN_CASE} when the store has none.
     *
     * @throws CaseConflictException when another step on the case was stored in between (nothing stored)
     */
    public StepResult take(CaseId id, Step step) {
        Optional<Case> found = store.find(id);
        if (found.isEmpty()) {
            return new StepResult.Refused(StepRefusal.of(StepRefusal.UNKNOWN_CASE, "case",
                    "没有编号为 " + id + " 的案件", "no case with id " + id));
        }
        StepResult r = step instanceof Step.Fraud ? lifecycle.take(found.get(), step, paid.apply(id))
                : lifecycle.take(found.get(), step);
        if (r instanceof StepResult.Taken t) {
            store.append(found.get(), t.after());
        }
        return r;
    }

    /** The case with this id. */
    public Optional<Case> find(CaseId id) {
        return store.find(id);
    }
}
