package org.relief.testkit.runner;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relief.testkit.json.JsonAnswer;

/**
 * The result of one case.
 *
 * @param file        the case file
 * @param id          the case id ({@code cases[i]} or {@code (file)} for a malformed entry without one)
 * @param region      the region as written ({@code ?} for a malformed case)
 * @param program     the program as written
 * @param date        the date as written
 * @param rules       the catalogue ids the case exercises
 * @param differences what differed (empty when passed)
 * @param problem     why the case could not be run: malformed (path and message) or an exception
 * @param answer      what the implementation answered, when it was asked
 * @param note        the case's hand computation
 */
public record CaseResult(String file, String id, String region, String program, String date, List<String> rules,
                         List<Difference> differences, Optional<String> problem, Optional<JsonAnswer> answer,
                         Optional<String> note) {
    /** Copies the lists. */
    public CaseResult {
        rules = List.copyOf(rules);
        differences = List.copyOf(differences);
    }

    /** Whether the case passed: no difference and no problem. */
    public boolean passed() {
        return differences.isEmpty() && problem.isEmpty();
    }

    /** What failed, on one line: the problem, or every difference ({@code key: expected X, actual Y; …}). */
    public String failure() {
        if (problem.isPresent()) {
            return problem.get();
        }
        return differences.stream().map(Difference::toString).collect(Collectors.joining("; "));
    }

    /** The line the command line prints for a failed case: {@code file: id: what differed}. */
    public String line() {
        return file + ": " + id + ": " + failure();
    }
}
