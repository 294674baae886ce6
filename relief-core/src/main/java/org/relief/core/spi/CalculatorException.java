package org.relief.core.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calculator that cannot answer valid input — not an input error (that is an
 * {@link org.relief.core.model.InvalidInputException}) but a refusal with a stable code, e.g.
 * {@code CALENDAR_UNAVAILABLE} (the national calendar does not cover a date the answer needs: never
 * guessed) or {@code DATE_OUT_OF_RANGE} (outside the document's validity). Carries the field the
 * refusal is about, where there is one, and messages in Chinese and English.
 */
public final class CalculatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String code;
    private final String field;
    private final String messageZh;
    private final String messageEn;

    /**
     * @param code      stable, UPPER_SNAKE_CASE
     * @param field     the input concerned, or {@code null}
     * @param messageZh zh-CN message
     * @param messageEn English message
     */
    public CalculatorException(String code, String field, String messageZh, String messageEn) {
        super(code + (field == null ? "" : " (" + field + ")") + ": " + messageEn);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a refusal code is UPPER_SNAKE_CASE: " + code);
        }
        this.code = code;
        this.field = field;
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The stable code. */
    public String code() {
        return code;
    }

    /** The input concerned, or {@code null}. */
    public String field() {
        return field;
    }

    /** The zh-CN message. */
    public String messageZh() {
        return messageZh;
    }

    /** The English message. */
    public String messageEn() {
        return messageEn;
    }
}
