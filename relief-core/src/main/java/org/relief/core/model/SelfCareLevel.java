package org.relief.core.model;

/** 生活自理能力等级 (NA-10). The code is the level's part of the standard key. */
public enum SelfCareLevel implements Coded {
    /** 全自理. */
    SELF_CARE("selfcare", "全自理"),
    /** 半护理. */
    SEMI("semi", "半护理"),
    /** 全护理. */
    FULL("full", "全护理");

    private final String code;
    private final String zh;

    SelfCareLevel(String code, String zh) {
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
    public static SelfCareLevel parse(String code, String field) {
        return Coded.parse(SelfCareLevel.class, code, field);
    }
}
