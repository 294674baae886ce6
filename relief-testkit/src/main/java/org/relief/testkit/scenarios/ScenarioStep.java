package org.relief.testkit.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a scenario as written.
 *
 * @param index    position in the scenario's {@code steps}
 * @param code     its {@code do}
 * @param caseName the case it acts on (case steps), a name local to the scenario
 * @param grant    the grant's local name ({@code grant})
 * @param raw      the step object without {@code expect}
 * @param expect   what it must answer (absent: only that it is not refused)
 */
public record ScenarioStep(int index, String code, Optional<String> caseName, Optional<String> grant, ObjectNode raw,
                           Optional<ObjectNode> expect) {
    /** Requires the parts. */
    public ScenarioStep {
        Objects.requireNonNull(code, "code");
        caseName = Optional.ofNullable(caseName).flatMap(x -> x);
        grant = Optional.ofNullable(grant).flatMap(x -> x);
        Objects.requireNonNull(raw, "raw");
        expect = Optional.ofNullable(expect).flatMap(x -> x);
    }

    /** Whether the step acts on a case ({@code apply} and the later case steps). */
    public boolean isCaseStep() {
        return caseName.isPresent();
    }

    /** A short label for messages: {@code step 3 (decide c1)}. */
    public String label() {
        return "step " + index + " (" + code + caseName.map(c -> " " + c).orElse("") + ")";
    }
}
