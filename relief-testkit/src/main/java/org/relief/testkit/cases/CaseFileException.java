package org.relief.testkit.cases;

/**
 * A path cannot be read or is not JSON (the command line exits with status 2). A file that is JSON
 * but not of the case format is not this: its problems are {@link MalformedCase}s.
 */
public final class CaseFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the path and what is wrong
     * @param cause   the I/O or parse error
     */
    public CaseFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message the path and what is wrong */
    public CaseFileException(String message) {
        super(message);
    }
}
