package org.relief.testkit.cases;

import java.util.List;

/**
 * One case file as read: its entries in order (well-formed and malformed).
 *
 * @param file the file name as shown in messages (as given, or relative to the folder given)
 */
public record CaseFile(String file, List<CaseEntry> entries) {
    /** Copies the entries. */
    public CaseFile {
        entries = List.copyOf(entries);
    }
}
