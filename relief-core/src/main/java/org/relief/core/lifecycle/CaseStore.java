package org.relief.core.lifecycle;

import java.util.Optional;
import java.util.stream.Stream;
import org.relief.core.model.AdminCode;

/**
 * The port through which the lifecycle keeps cases: an embedding implements it over its database
 * (the reference server over JPA), tests and small embeddings use {@link InMemoryCaseStore}. Every
 * implementation passes the conformance kit's store contract tests.
 *
 * <p>Steps are append-only: {@link #append} stores one more step atomically, and only if the
 * stored case is still the one the step was taken on (a concurrent step wins, the other is told
 * with {@link CaseConflictException} and stores nothing).
 */
public interface CaseStore {
    /** A fresh id for a case about to be opened in {@code county}; never given twice. */
    CaseId nextId(AdminCode county);

    /**
     * Stores a case just opened ({@code apply}, one step).
     *
     * @throws CaseConflictException when a case with its id exists
     */
    void create(Case opened);

    /** The case with this id. */
    Optional<Case> find(CaseId id);

    /**
     * Replaces {@code before} by {@code after} (the same case with one more step), atomically.
     *
     * @throws CaseConflictException when the stored case is not {@code before} (another step came first,
     *                               or the case is unknown); nothing is stored then
     */
    void append(Case before, Case after);

    /**
     * The cases of one county code, in the order of their ids' creation, as a stream the caller
     * closes: a store may read them in pages, so that a county or a province is walked in bounded memory.
     */
    Stream<Case> inCounty(AdminCode county);
}
