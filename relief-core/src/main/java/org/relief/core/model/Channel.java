package org.relief.core.model;

/** 申请渠道. */
public enum Channel implements Coded {
    /** 窗口. */
    WINDOW("window", "窗口"),
    /** 网上. */
    ONLINE("online", "网上"),
    /** 代办. */
    PROXY("proxy", "代办"),
    /** 主动发现. */
    DISCOVERED("discovered", "主动发现");

    private final String code;
    private final String zh;

    Channel(String code, String zh) {
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
    public static Channel parse(String code, String field) {
        return Coded.parse(Channel.class, code, field);
    }
}
