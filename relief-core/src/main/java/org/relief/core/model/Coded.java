package org.relief.core.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum whose constants have a stable code used in case files and JSON. */
public interface Coded {
    /** The stable code, e.g. {@code selfEmployed}. */
    String code();

    /**
     * The constant of {@code type} with the given code; an {@link InvalidInputException} naming
     * {@code field} and the allowed codes otherwise.
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String field) {
        E found = find(type, code);
        if (found != null) {
            return found;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining("|"));
        throw InvalidInputException.invalid(field, "取值无效：" + Texts.abbreviate(code) + "（可选：" + allowed + "）",
                "invalid value " + Texts.abbreviate(code) + " (one of " + allowed + ")");
    }

    /** The constant of {@code type} with the given code, {@code null} when there is none. */
    static <E extends Enum<E> & Coded> E find(Class<E> type, String code) {
        for (Object e : CodedConstants.OF.get(type)) {
            if (((Coded) e).code().equals(code)) {
                return type.cast(e);
            }
        }
        return null;
    }
}
