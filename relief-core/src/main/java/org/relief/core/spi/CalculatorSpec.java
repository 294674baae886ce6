package org.relief.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a {@link Calculator} is, as a caller discovers it: a stable id, the catalogue entry it
 * realises (the module's own {@link Citation}, the one it {@link RuleRegistrar#cite cites}), titles in
 * Chinese and English and the inputs it reads.
 *
 * @param id      kebab-case, unique across the loaded modules, e.g. {@code anhui-payment-calendar}
 * @param citation the catalogue entry (rule id, 文号 and clause)
 * @param titleZh short title in Chinese
 * @param titleEn short title in English
 * @param inputs  the named inputs, in the order they are documented
 */
public record CalculatorSpec(String id, Citation citation, String titleZh, String titleEn,
                             List<CalculatorParameter> inputs) {
    /** The form of a calculator id. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public CalculatorSpec {
        if (id == null || id.length() > 60 || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a calculator id is kebab-case (e.g. anhui-payment-calendar), at most 60"
                    + " characters: " + id);
        }
        Objects.requireNonNull(citation, "citation");
        if (titleZh == null || titleZh.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new IllegalArgumentException("calculator " + id + ": titles in Chinese and English are required");
        }
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("calculator " + id + " declares no input");
        }
        CalculatorParameter.requireUniqueNames(inputs, "calculator " + id);
    }
}
