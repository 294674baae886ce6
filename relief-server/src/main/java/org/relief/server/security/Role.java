package org.relief.server.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the officials who use the server; what each may do is the route table's {@link Access} per route. */
public enum Role {
    /** 村（社区）协理员: records households of the village. */
    VILLAGE_ASSISTANT("villageAssistant", "村（社区）社会救助协理员"),
    /** 乡镇（街道）审核人员: reviews. */
    TOWNSHIP_REVIEWER("townshipReviewer", "乡镇（街道）审核人员"),
    /** 县级审批人员: confirms, publishes the county's standards, submits rosters, draws the county sample. */
    COUNTY_APPROVER("countyApprover", "县级民政部门审批人员"),
    /** 省（市）级管理员: publishes city and province standards and price indices. */
    PROVINCE_ADMIN("provinceAdministrator", "市、省级民政部门管理员"),
    /** 审计人员: reads the audit log, changes nothing. */
    AUDITOR("auditor", "审计人员"),
    /** 系统管理员: manages users. */
    ADMIN("admin", "系统管理员");

    private final String code;
    private final String zh;

    Role(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public static Optional<Role> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
