package org.relief.testkit.cases;

/**
 * One entry of a case file: a well-formed {@link ConformanceCase} or a {@link MalformedCase}
 * (which always counts as a failed case).
 */
public sealed interface CaseEntry permits ConformanceCase, MalformedCase {
    /** The file, as given on the command line or found in a folder. */
    String file();

    /** Position in the file's {@code cases} array ({@code -1} for a problem of the whole file). */
    int index();

    /** The case id, or {@code cases[i]} when the case has none, or {@code (file)} for the whole file. */
    String id();
}
