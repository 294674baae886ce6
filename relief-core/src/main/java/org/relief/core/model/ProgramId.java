package org.relief.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A social-assistance program. The nine of the case format are constants; a rule module may
 * declare more (the id is open).
 */
public record ProgramId(String id) {
    private static final java.util.regex.Pattern ID_SHAPE = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");
    /** 最低生活保障. */
    public static final ProgramId DIBAO = new ProgramId("dibao");
    /** 特困人员救助供养. */
    public static final ProgramId TEKUN = new ProgramId("tekun");
    /** 低收入家庭认定 (低保边缘). */
    public static final ProgramId LOW_INCOME = new ProgramId("low-income");
    /** 临时救助. */
    public static final ProgramId TEMPORARY = new ProgramId("temporary");
    /** 医疗救助. */
    public static final ProgramId MEDICAL = new ProgramId("medical");
    /** 教育救助. */
    public static final ProgramId EDUCATION = new ProgramId("education");
    /** 住房救助. */
    public static final ProgramId HOUSING = new ProgramId("housing");
    /** 就业救助. */
    public static final ProgramId EMPLOYMENT = new ProgramId("employment");
    /** 受灾人员救助. */
    public static final ProgramId DISASTER = new ProgramId("disaster");

    /** The nine programs of the case format, in catalogue order. */
    public static final List<ProgramId> STANDARD = List.of(DIBAO, TEKUN, LOW_INCOME, TEMPORARY, MEDICAL,
            EDUCATION, HOUSING, EMPLOYMENT, DISASTER);

    public ProgramId {
        Objects.requireNonNull(id, "id");
        if (!ID_SHAPE.matcher(id).matches()) {
            throw InvalidInputException.invalid("program", "项目代码格式不正确：" + id, "malformed program id " + id);
        }
    }

    public static ProgramId of(String id) {
        return new ProgramId(id);
    }

    /** Whether the program grants a one-off amount rather than a monthly one. */
    public boolean isOneOff() {
        return equals(TEMPORARY) || equals(MEDICAL);
    }

    /** The id's equality, written out: compared on every determination (the generated one goes through a method handle). */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof ProgramId p && id.equals(p.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
