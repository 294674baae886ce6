package org.relief.core.lifecycle;

import java.util.Objects;
import java.util.regex.Pattern;
import org.relief.core.model.InvalidInputException;

/**
 * The id a store gives a case when it is opened (never the county's case number, which is the
 * case's {@link Case#reference()}): 1 to 64 letters, digits, {@code -} or {@code _}.
 */
public record CaseId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Validates the shape. */
    public CaseId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInputException.invalid("case", "案件编号格式不正确：" + value,
                    "a case id has 1 to 64 letters, digits, '-' or '_', got " + value);
        }
    }

    /** {@code CaseId.of("c-1")}. */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
