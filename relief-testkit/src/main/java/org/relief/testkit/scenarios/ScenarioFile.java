package org.relief.testkit.scenarios;

import java.util.List;

/**
 * One scenario file as read: its entries in order (well-formed and malformed).
 *
 * @param file the file name as shown in messages
 */
public record ScenarioFile(String file, List<ScenarioEntry> entries) {
    /** Copies the entries. */
    public ScenarioFile {
        entries = List.copyOf(entries);
    }
}
