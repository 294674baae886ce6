package org.relief.core.model;

/** 户籍/居住地类型 — urban 城市, rural 农村. */
public enum Residence implements Coded {
    /** 城市. */
    URBAN("urban", "城市"),
    /** 农村. */
    RURAL("rural", "农村");

    private final String code;
    private final String zh;

    Residence(String code, String zh) {
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
    public static Residence parse(String code, String field) {
        return Coded.parse(Residence.class, code, field);
    }
}
