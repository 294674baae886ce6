package org.relief.core.model;

/** 特困人员供养方式. */
public enum CareSetting implements Coded {
    /** 集中供养. */
    CENTRALISED("centralised", "集中供养"),
    /** 分散供养. */
    DISPERSED("dispersed", "分散供养");

    private final String code;
    private final String zh;

    CareSetting(String code, String zh) {
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
    public static CareSetting parse(String code, String field) {
        return Coded.parse(CareSetting.class, code, field);
    }
}
