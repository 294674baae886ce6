package org.relief.core.lifecycle;

import org.relief.core.model.Coded;

/**
 * The named deadlines of a case. A step that closes one ({@code survey}: {@link #SURVEY_START_BY};
 * {@code propose}: {@link #PROPOSAL_BY}; {@code decide}: {@link #DECISION_BY}) taken after it is
 * allowed, and the case carries reason {@code DEADLINE_MISSED}; the others are for the
 * caseworker's queue.
 */
public enum Deadline implements Coded {
    /** 入户调查 starts within 3 working days of acceptance (dibao). */
    SURVEY_START_BY("surveyStartBy", "入户调查开始期限"),
    /** Tekun: the township's proposal within 15 working days of acceptance. */
    PROPOSAL_BY("proposalBy", "审核意见期限"),
    /** 审核确认 within the decision limit. */
    DECISION_BY("decisionBy", "确认期限"),
    /** A refusal is notified in writing within 3 working days. */
    REFUSAL_NOTICE_BY("refusalNoticeBy", "不予确认书面告知期限"),
    /** An emergency grant paid first is explained afterwards (ledger). */
    EXPLANATION_BY("explanationBy", "先行救助补办说明期限"),
    /** 聊城: emergency assistance paid within 24 hours (ledger). */
    PAYMENT_BY("paymentBy", "发放期限");

    private final String code;
    private final String zh;

    Deadline(String code, String zh) {
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
}
