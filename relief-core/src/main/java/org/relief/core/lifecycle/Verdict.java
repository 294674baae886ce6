package org.relief.core.lifecycle;

import org.relief.core.model.Coded;

/** A township opinion ({@code propose}) or a decision ({@code decide}): approve or refuse. */
public enum Verdict implements Coded {
    /** 同意. */
    APPROVE("approve"),
    /** 不同意. */
    REFUSE("refuse");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
