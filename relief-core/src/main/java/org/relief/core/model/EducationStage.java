package org.relief.core.model;

/** 教育阶段. */
public enum EducationStage implements Coded {
    /** 学前教育. */
    PRESCHOOL("preschool", "学前教育"),
    /** 义务教育. */
    COMPULSORY("compulsory", "义务教育"),
    /** 普通高中. */
    HIGH_SCHOOL("highSchool", "普通高中"),
    /** 中等职业教育. */
    VOCATIONAL("vocational", "中等职业教育"),
    /** 高等教育. */
    HIGHER("higher", "高等教育");

    private final String code;
    private final String zh;

    EducationStage(String code, String zh) {
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
    public static EducationStage parse(String code, String field) {
        return Coded.parse(EducationStage.class, code, field);
    }
}
