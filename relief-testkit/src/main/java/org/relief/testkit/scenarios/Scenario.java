package org.relief.testkit.scenarios;

import java.util.List;
import java.util.Optional;

/**
 * A well-formed scenario: dated steps on cases, rosters, samples and grants, each with what a
 * conforming implementation must answer.
 *
 * @param rules the catalogue ids it exercises
 * @param note  the hand computation behind the expected figures and dates
 */
public record Scenario(String file, int index, String id, List<String> rules, Optional<String> note,
                       List<ScenarioStep> steps) implements ScenarioEntry {
    /** Copies the lists. */
    public Scenario {
        rules = List.copyOf(rules);
        steps = List.copyOf(steps);
    }

    /** The region of the first step that names one ({@code ?} if none). */
    public String region() {
        return steps.stream().map(s -> s.raw().path("region").asText("")).filter(r -> !r.isEmpty()).findFirst().orElse("?");
    }
}
