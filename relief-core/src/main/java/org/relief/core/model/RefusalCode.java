package org.relief.core.model;

/**
 * Why a request is refused rather than determined. Refusals are reported in this order
 * (the order of refusals): input errors, then {@link #UNKNOWN_REGION}, then
 * {@link #DATE_OUT_OF_RANGE}, then {@link #MISSING_STANDARD}.
 */
public enum RefusalCode {
    /** 输入有误 — a field is malformed or contradicts another. */
    INVALID_INPUT("输入有误", "Invalid input"),
    /** 身份证号码无效 — wrong length, birth date or GB 11643-1999 check digit. */
    INVALID_ID_NUMBER("身份证号码无效", "Invalid ID number"),
    /** 行政区划不在任何规则模块的服务范围内. */
    UNKNOWN_REGION("行政区划未获支持", "Unknown region"),
    /** 认定日期不在规则有效期内. */
    DATE_OUT_OF_RANGE("日期超出规则有效期", "Date out of range"),
    /** 所需救助标准未公布且无法推导. */
    MISSING_STANDARD("缺少救助标准", "Missing standard");

    private final String titleZh;
    private final String titleEn;

    RefusalCode(String titleZh, String titleEn) {
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    /** Short zh-CN title. */
    public String titleZh() {
        return titleZh;
    }

    /** Short English title. */
    public String titleEn() {
        return titleEn;
    }
}
