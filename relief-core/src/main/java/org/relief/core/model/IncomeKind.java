package org.relief.core.model;

/** 收入类别. Exempt kinds are not counted. */
public enum IncomeKind implements Coded {
    /** 工资性收入. */
    WAGE("wage", "工资性收入"),
    /** 经营性收入. */
    BUSINESS("business", "经营性收入"),
    /** 财产性收入. */
    PROPERTY("property", "财产性收入"),
    /** 养老金（职工或缴费型）. */
    PENSION("pension", "养老金（职工或缴费型）"),
    /** 城乡居民基础养老金. */
    BASIC_PENSION("basicPension", "城乡居民基础养老金"),
    /** 高龄津贴. */
    OLD_AGE_ALLOWANCE("oldAgeAllowance", "高龄津贴"),
    /** 赡养费. */
    SUPPORT("support", "赡养费"),
    /** 农业收入. */
    AGRICULTURE("agriculture", "农业收入"),
    /** 其他. */
    OTHER("other", "其他"),
    /** 奖学金、助学金、见义勇为奖励. */
    AWARD("award", "奖学金、助学金、见义勇为奖励"),
    /** 优待抚恤金. */
    PREFERENTIAL_CARE("preferentialCare", "优待抚恤金"),
    /** 政府救助金. */
    ASSISTANCE("assistance", "政府救助金"),
    /** 计划生育奖励扶助金. */
    FAMILY_PLANNING("familyPlanning", "计划生育奖励扶助金");

    private final String code;
    private final String zh;

    IncomeKind(String code, String zh) {
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
    public static IncomeKind parse(String code, String field) {
        return Coded.parse(IncomeKind.class, code, field);
    }
}
