package org.relief.core.model;

/** 临时救助类型. */
public enum EventType implements Coded {
    /** 急难型. */
    EMERGENCY("emergency", "急难型"),
    /** 支出型. */
    EXPENDITURE("expenditure", "支出型");

    private final String code;
    private final String zh;

    EventType(String code, String zh) {
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
    public static EventType parse(String code, String field) {
        return Coded.parse(EventType.class, code, field);
    }
}
