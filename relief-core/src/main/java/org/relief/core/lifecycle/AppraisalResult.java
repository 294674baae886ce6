package org.relief.core.lifecycle;

import org.relief.core.model.Coded;

/** The result of a 民主评议 (advisory: a decision is still required and may go either way). */
public enum AppraisalResult implements Coded {
    /** 评议支持. */
    SUPPORT("support"),
    /** 评议反对. */
    OPPOSE("oppose");

    private final String code;

    AppraisalResult(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
