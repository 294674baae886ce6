package org.relief.core.spi;

/**
 * A standard a rule needs is neither published nor derivable. The engine turns it into the
 * refusal {@code MISSING_STANDARD} naming the key; rules let it propagate.
 */
public final class MissingStandardException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public MissingStandardException(String key) {
        super("missing standard " + key, null, false, false);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
