package org.relief.core.model;

/** 性别. */
public enum Sex implements Coded {
    /** 男. */
    MALE("male", "男"),
    /** 女. */
    FEMALE("female", "女");

    private final String code;
    private final String zh;

    Sex(String code, String zh) {
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
    public static Sex parse(String code, String field) {
        return Coded.parse(Sex.class, code, field);
    }
}
