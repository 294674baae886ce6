package org.relief.core.engine;

/** The outcome of a determination. */
public enum Outcome {
    /** 符合条件. */
    ELIGIBLE("eligible"),
    /** 不符合条件. */
    INELIGIBLE("ineligible"),
    /** 无法认定: some input on the rule's path is unknown (see {@code missing}). */
    UNDETERMINED("undetermined"),
    /** 拒绝受理: the request was refused (see {@code refusal}); never a business outcome. */
    REFUSED("refused");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
