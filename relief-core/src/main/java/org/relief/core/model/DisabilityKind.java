package org.relief.core.model;

/** 残疾类别. */
public enum DisabilityKind implements Coded {
    /** 肢体. */
    PHYSICAL("physical", "肢体"),
    /** 视力. */
    VISUAL("visual", "视力"),
    /** 听力. */
    HEARING("hearing", "听力"),
    /** 言语. */
    SPEECH("speech", "言语"),
    /** 智力. */
    INTELLECTUAL("intellectual", "智力"),
    /** 精神. */
    MENTAL("mental", "精神"),
    /** 多重. */
    MULTIPLE("multiple", "多重");

    private final String code;
    private final String zh;

    DisabilityKind(String code, String zh) {
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
    public static DisabilityKind parse(String code, String field) {
        return Coded.parse(DisabilityKind.class, code, field);
    }
}
