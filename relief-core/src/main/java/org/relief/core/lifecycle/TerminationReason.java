package org.relief.core.lifecycle;

import org.relief.core.model.Coded;

/** Why a case is terminated ({@code terminate} step). */
public enum TerminationReason implements Coded {
    /** 不再符合条件. */
    INELIGIBLE("INELIGIBLE", "不再符合条件"),
    /** 迁出. */
    MOVED_AWAY("MOVED_AWAY", "迁出本地"),
    /** 本人申请退出. */
    RECIPIENT_REQUEST("RECIPIENT_REQUEST", "本人申请退出"),
    /** 救助对象死亡: stops from the month after, without a notice. */
    RECIPIENT_DIED("RECIPIENT_DIED", "救助对象死亡"),
    /** 骗取救助: stops from the month after, without a notice. */
    FRAUD("FRAUD", "以虚报、隐瞒、欺骗等手段获取救助"),
    /** 其他. */
    OTHER("OTHER", "其他原因");

    private final String code;
    private final String zh;

    TerminationReason(String code, String zh) {
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

    /** Whether the stop comes at once (from the month after the step), without the 7-day notice. */
    public boolean stopsWithoutNotice() {
        return this == RECIPIENT_DIED || this == FRAUD;
    }
}
