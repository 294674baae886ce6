package org.relief.core.model;

/** 临时救助等事件类别. */
public enum EventKind implements Coded {
    /** 重大疾病. */
    SERIOUS_ILLNESS("seriousIllness", "重大疾病"),
    /** 教育支出. */
    EDUCATION("education", "教育支出"),
    /** 意外事故. */
    ACCIDENT("accident", "意外事故"),
    /** 火灾. */
    FIRE("fire", "火灾"),
    /** 自然灾害. */
    DISASTER("disaster", "自然灾害"),
    /** 死亡. */
    DEATH("death", "死亡"),
    /** 其他. */
    OTHER("other", "其他");

    private final String code;
    private final String zh;

    EventKind(String code, String zh) {
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
    public static EventKind parse(String code, String field) {
        return Coded.parse(EventKind.class, code, field);
    }
}
