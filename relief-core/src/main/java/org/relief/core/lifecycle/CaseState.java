package org.relief.core.lifecycle;

import org.relief.core.model.Coded;

/**
 * The states of a case. States change only by steps: {@code applied → accepted → surveyed →
 * proposed → active | refused}; {@code withdrawn} before a decision; later {@code exiting}
 * (渐退期) and {@code terminated}.
 */
public enum CaseState implements Coded {
    /** 已申请 — opened by {@code apply}. */
    APPLIED("applied", "已申请"),
    /** 已受理. */
    ACCEPTED("accepted", "已受理"),
    /** 已入户调查. */
    SURVEYED("surveyed", "已调查"),
    /** 乡镇已提出审核意见（公示中或待确认）. */
    PROPOSED("proposed", "已审核"),
    /** 确认同意，享受待遇. */
    ACTIVE("active", "在保"),
    /** 不予确认. */
    REFUSED("refused", "不予确认"),
    /** 撤回申请（或申请人死亡）. */
    WITHDRAWN("withdrawn", "已撤回"),
    /** 渐退期. */
    EXITING("exiting", "渐退期"),
    /** 终止（停发）. */
    TERMINATED("terminated", "已终止");

    private final String code;
    private final String zh;

    CaseState(String code, String zh) {
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

    /** Whether a decision has been taken (approved: active, exiting, terminated; or refused). */
    public boolean isDecided() {
        return this == ACTIVE || this == REFUSED || this == EXITING || this == TERMINATED;
    }

    /** Whether the case has ended for good (refused, withdrawn, terminated). */
    public boolean isClosed() {
        return this == REFUSED || this == WITHDRAWN || this == TERMINATED;
    }
}
