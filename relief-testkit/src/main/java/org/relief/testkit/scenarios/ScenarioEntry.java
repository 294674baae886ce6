package org.relief.testkit.scenarios;

/**
 * One entry of a scenario file: a well-formed {@link Scenario} or a {@link MalformedScenario} (which
 * always counts as a failed scenario).
 */
public sealed interface ScenarioEntry permits Scenario, MalformedScenario {
    /** The file, as given on the command line or found in a folder. */
    String file();

    /** Position in the file's {@code scenarios} array ({@code -1} for a problem of the whole file). */
    int index();

    /** The scenario id, {@code scenarios[i]} when it has none, or {@code (file)} for the whole file. */
    String id();
}
