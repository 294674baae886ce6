package org.relief.testkit.runner;

import java.util.List;

/** The results of a run, in the order the cases were read. */
public record RunResult(List<CaseResult> results) {
    public RunResult {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** The failed cases. */
    public List<CaseResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Exactly {@code N passed, N failed} (the runner contract's last line). */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
