package org.relief.core.model;

/** 身份 (教育救助等的覆盖类别, XC-10). */
public enum Status implements Coded {
    /** 孤儿. */
    ORPHAN("orphan", "孤儿"),
    /** 事实无人抚养儿童. */
    DE_FACTO_UNSUPPORTED("deFactoUnsupported", "事实无人抚养儿童"),
    /** 烈士子女. */
    MARTYR_CHILD("martyrChild", "烈士子女"),
    /** 见义勇为伤亡人员子女. */
    BRAVE_DEED_WARD("braveDeedWard", "见义勇为伤亡人员子女"),
    /** 原建档立卡贫困户. */
    FORMERLY_REGISTERED_POOR("formerlyRegisteredPoor", "原建档立卡贫困户"),
    /** 城市困难职工子女. */
    URBAN_NEEDY_WORKER_CHILD("urbanNeedyWorkerChild", "城市困难职工子女"),
    /** 残疾人子女. */
    DISABLED_PARENT_CHILD("disabledParentChild", "残疾人子女");

    private final String code;
    private final String zh;

    Status(String code, String zh) {
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
    public static Status parse(String code, String field) {
        return Coded.parse(Status.class, code, field);
    }
}
