package org.relief.core.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One named input of a {@link Calculator}, as it declares it: the name (as sent, e.g. in a JSON body),
 * the type, whether it is required, and what it means in Chinese and English. An {@link Type#ENUM}
 * lists its values; a {@link Type#LIST} lists the fields of each of its elements.
 *
 * @param name          lowerCamelCase, e.g. {@code registeredResidents}
 * @param type          what a value is
 * @param required      whether a value must be given (an optional one left out is unknown, never zero)
 * @param descriptionZh meaning in Chinese
 * @param descriptionEn meaning in English
 * @param values        the values of an {@link Type#ENUM} (lowerCamelCase codes, as every code of the API); empty otherwise
 * @param fields        the fields of each element of a {@link Type#LIST}; empty otherwise
 */
public record CalculatorParameter(String name, Type type, boolean required, String descriptionZh, String descriptionEn,
                                  List<String> values, List<CalculatorParameter> fields) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    /** What a value of an input is. */
    public enum Type {
        /** A whole number from 0 to {@link Integer#MAX_VALUE} (a count: residents, recipients, committees). */
        INTEGER,
        /** A non-negative decimal in a string, at most 12 integer digits and 6 decimals (a ratio). */
        DECIMAL,
        /** An amount in yuan in a string, at most 2 decimals ({@code "931.00"}). */
        MONEY,
        /** An ISO date {@code YYYY-MM-DD}, year 1900–2200. */
        DATE,
        /** A month {@code YYYY-MM}, year 1900–2200. */
        MONTH,
        /** One of the declared {@link CalculatorParameter#values()}. */
        ENUM,
        /** A GB/T 2260 administrative code, 6 digits. */
        ADMIN_CODE,
        /** A list of objects, each with the declared {@link CalculatorParameter#fields()}. */
        LIST
    }

    public CalculatorParameter {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an input name is lowerCamelCase, at most 40 characters: " + name);
        }
        Objects.requireNonNull(type, "type");
        requireText(descriptionZh, name, "descriptionZh");
        requireText(descriptionEn, name, "descriptionEn");
        values = List.copyOf(values == null ? List.of() : values);
        fields = List.copyOf(fields == null ? List.of() : fields);
        if ((type == Type.ENUM) == values.isEmpty()) {
            throw new IllegalArgumentException("input " + name + ": values are declared exactly for an enum");
        }
        if ((type == Type.LIST) == fields.isEmpty()) {
            throw new IllegalArgumentException("input " + name + ": fields are declared exactly for a list");
        }
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("input " + name + ": an enum value is declared twice");
        }
        requireUniqueNames(fields, "input " + name);
    }

    /** A required input of a type without values or fields. */
    public static CalculatorParameter required(String name, Type type, String descriptionZh, String descriptionEn) {
        return new CalculatorParameter(name, type, true, descriptionZh, descriptionEn, List.of(), List.of());
    }

    /** An optional input of a type without values or fields. */
    public static CalculatorParameter optional(String name, Type type, String descriptionZh, String descriptionEn) {
        return new CalculatorParameter(name, type, false, descriptionZh, descriptionEn, List.of(), List.of());
    }

    /** A required enum input. */
    public static CalculatorParameter requiredEnum(String name, List<String> values, String descriptionZh, String descriptionEn) {
        return new CalculatorParameter(name, Type.ENUM, true, descriptionZh, descriptionEn, values, List.of());
    }

    /** A required list input whose elements have {@code fields}. */
    public static CalculatorParameter requiredList(String name, List<CalculatorParameter> fields, String descriptionZh,
                                                   String descriptionEn) {
        return new CalculatorParameter(name, Type.LIST, true, descriptionZh, descriptionEn, List.of(), fields);
    }

    /** The names, as a set. */
    static Set<String> names(List<CalculatorParameter> params) {
        Set<String> out = new java.util.LinkedHashSet<>();
        params.forEach(p -> out.add(p.name()));
        return out;
    }

    static void requireUniqueNames(List<CalculatorParameter> params, String where) {
        if (names(params).size() != params.size()) {
            throw new IllegalArgumentException(where + ": an input name is declared twice");
        }
    }

    private static void requireText(String s, String name, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("input " + name + ": " + what + " must not be blank");
        }
    }
}
