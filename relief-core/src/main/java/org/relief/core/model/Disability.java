package org.relief.core.model;

import java.util.Objects;

/** A certified disability (残疾人证): grade 1 (most severe) to 4, and kind. */
public record Disability(int grade, DisabilityKind kind) {
    public Disability {
        if (grade < 1 || grade > 4) {
            throw InvalidInputException.invalid("disability.grade", "残疾等级须为1至4，收到 " + grade,
                    "grade must be 1 to 4, got " + grade);
        }
        InvalidInputException.require(kind, "disability.kind");
    }

    /**
     * Severe disability for supplements and 单人户: grade 1 or 2, or grade 3 of kind
     * intellectual, mental or multiple.
     */
    public boolean isSevere() {
        return grade <= 2 || (grade == 3 && (kind == DisabilityKind.INTELLECTUAL
                || kind == DisabilityKind.MENTAL || kind == DisabilityKind.MULTIPLE));
    }

    /**
     * No labour capacity by disability (NA-09, 民发〔2021〕43号): intellectual/mental grade 1–3,
     * physical grade 1–2, visual grade 1; multiple takes the most favourable of these (grade 1–3).
     */
    public boolean meansNoLaborCapacity() {
        switch (Objects.requireNonNull(kind)) {
            case INTELLECTUAL:
            case MENTAL:
            case MULTIPLE:
                return grade <= 3;
            case PHYSICAL:
                return grade <= 2;
            case VISUAL:
                return grade == 1;
            default:
                return false;
        }
    }
}
