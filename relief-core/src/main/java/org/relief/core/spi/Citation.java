package org.relief.core.spi;

import java.util.Objects;

/**
 * A catalogue entry: a rule id with the document and clause it comes from and a short zh-CN title.
 *
 * @param ruleId   catalogue id, e.g. {@code LC-04}
 * @param document document number, e.g. {@code 聊政字〔2020〕28号}
 * @param clause   clause, e.g. {@code 三(二)}
 * @param titleZh  short title in Chinese
 * @param kind     whether the engine computes it, a calculator does, or neither
 */
public record Citation(String ruleId, String document, String clause, String titleZh, Kind kind) {
    private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[A-Z]{2}-\\d{2}[a-z]?");
    /** How a catalogue id is realised. */
    public enum Kind {
        /** Applied by the engine in determinations (appears in traces). */
        DETERMINATION,
        /** Applied by the case lifecycle to the steps of a case (appears in step traces). */
        PROCEDURE,
        /** A calculator in the module's API (organisational rules with a computable part). */
        CALCULATOR,
        /** Not computable; the module README says why. */
        NOT_COMPUTABLE
    }

    public Citation {
        requireText(ruleId, "ruleId");
        requireText(document, "document");
        Objects.requireNonNull(clause, "clause");
        requireText(titleZh, "titleZh");
        Objects.requireNonNull(kind, "kind");
        if (!RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException("rule id must look like NA-02 or LC-04, got " + ruleId);
        }
    }

    public static Citation determination(String ruleId, String document, String clause, String titleZh) {
        return new Citation(ruleId, document, clause, titleZh, Kind.DETERMINATION);
    }

    public static Citation procedure(String ruleId, String document, String clause, String titleZh) {
        return new Citation(ruleId, document, clause, titleZh, Kind.PROCEDURE);
    }

    public static Citation calculator(String ruleId, String document, String clause, String titleZh) {
        return new Citation(ruleId, document, clause, titleZh, Kind.CALCULATOR);
    }

    public static Citation notComputable(String ruleId, String document, String clause, String titleZh) {
        return new Citation(ruleId, document, clause, titleZh, Kind.NOT_COMPUTABLE);
    }

    /** "聊政字〔2020〕28号 三(二)". */
    public String describe() {
        return clause.isBlank() ? document : document + " " + clause;
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("citation " + name + " must not be blank");
        }
    }
}
