package org.relief.core.model;

/** 审核确认层级. */
public enum ApprovalLevel implements Coded {
    /** 乡镇（街道）. */
    TOWNSHIP("township", "乡镇（街道）"),
    /** 县级民政部门. */
    COUNTY("county", "县级民政部门");

    private final String code;
    private final String zh;

    ApprovalLevel(String code, String zh) {
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
    public static ApprovalLevel parse(String code, String field) {
        return Coded.parse(ApprovalLevel.class, code, field);
    }
}
