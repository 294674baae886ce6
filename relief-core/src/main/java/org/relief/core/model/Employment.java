package org.relief.core.model;

/** 就业状况. */
public enum Employment implements Coded {
    /** 就业. */
    EMPLOYED("employed", "就业"),
    /** 自主创业/灵活就业. */
    SELF_EMPLOYED("selfEmployed", "自主创业/灵活就业"),
    /** 失业. */
    UNEMPLOYED("unemployed", "失业"),
    /** 在校学生. */
    STUDENT("student", "在校学生"),
    /** 退休. */
    RETIRED("retired", "退休"),
    /** 无. */
    NONE("none", "无");

    private final String code;
    private final String zh;

    Employment(String code, String zh) {
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
    public static Employment parse(String code, String field) {
        return Coded.parse(Employment.class, code, field);
    }
}
