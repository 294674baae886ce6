package org.relief.core.model;

/** 法定赡养、抚养、扶养义务人. */
public enum Supporter implements Coded {
    /** 无. */
    NONE("none", "无"),
    /** 无履行能力. */
    UNABLE("unable", "无履行能力"),
    /** 有履行能力. */
    ABLE("able", "有履行能力");

    private final String code;
    private final String zh;

    Supporter(String code, String zh) {
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
    public static Supporter parse(String code, String field) {
        return Coded.parse(Supporter.class, code, field);
    }
}
