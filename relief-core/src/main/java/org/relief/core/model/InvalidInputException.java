package org.relief.core.model;

import java.util.Objects;

/**
 * Thrown by the model's constructors when an input is malformed. Carries a stable code
 * ({@link RefusalCode#INVALID_INPUT} or {@link RefusalCode#INVALID_ID_NUMBER}), the path of the
 * offending field and a message in Chinese and English.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final RefusalCode code;
    private final String field;
    private final String messageZh;
    private final String messageEn;

    public InvalidInputException(RefusalCode code, String field, String messageZh, String messageEn) {
        super(field + ": " + messageEn + " (" + messageZh + ")");
        this.code = Objects.requireNonNull(code, "code");
        this.field = Objects.requireNonNull(field, "field");
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** An {@link RefusalCode#INVALID_INPUT} error. */
    public static InvalidInputException invalid(String field, String messageZh, String messageEn) {
        return new InvalidInputException(RefusalCode.INVALID_INPUT, field, messageZh, messageEn);
    }

    /** Shorthand for a required field that is absent. */
    public static InvalidInputException required(String field) {
        return invalid(field, "必填字段缺失", "is required");
    }

    public RefusalCode code() {
        return code;
    }

    /** Path of the field, e.g. {@code members[p1].idNumber}. */
    public String field() {
        return field;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    /** The same error with its field path placed under {@code prefix} (e.g. {@code household.}). */
    public InvalidInputException under(String prefix) {
        String path = field.isEmpty() ? stripDot(prefix) : prefix + field;
        return new InvalidInputException(code, path, messageZh, messageEn);
    }

    private static String stripDot(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    static <T> T require(T value, String field) {
        if (value == null) {
            throw required(field);
        }
        return value;
    }
}
