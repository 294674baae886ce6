package org.relief.core.roster;

/**
 * A roster that cannot be computed: {@code UNKNOWN_REGION} (no module serves the county) or
 * {@code DATE_OUT_OF_RANGE} (the month is outside the module's validity), with zh-CN and English
 * messages. Nothing is stored.
 */
public final class RosterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageZh;

    /** A refusal with its code and messages. */
    public RosterException(String code, String messageZh, String messageEn) {
        super(messageEn);
        this.code = code;
        this.messageZh = messageZh;
    }

    /** The stable code. */
    public String code() {
        return code;
    }

    /** The zh-CN message. */
    public String messageZh() {
        return messageZh;
    }
}
