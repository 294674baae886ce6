package org.relief.core.model;

/** 劳动能力. */
public enum LaborCapacity implements Coded {
    /** 完全劳动能力. */
    FULL("full", "完全劳动能力"),
    /** 部分劳动能力. */
    PARTIAL("partial", "部分劳动能力"),
    /** 无劳动能力. */
    NONE("none", "无劳动能力");

    private final String code;
    private final String zh;

    LaborCapacity(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    @Override
    public String code() {
        return code;
    }

    /** zh-CN label. */
    public String zh() {
        return zh;
    }

    /** Parses a code, naming {@code field} in the error. */
    public static LaborCapacity parse(String code, String field) {
        return Coded.parse(LaborCapacity.class, code, field);
    }
}
