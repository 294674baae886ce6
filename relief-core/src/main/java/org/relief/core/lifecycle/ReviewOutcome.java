package org.relief.core.lifecycle;

import org.relief.core.model.Coded;

/** What a periodic review (NA-13) found. */
public enum ReviewOutcome implements Coded {
    /** Eligible, the same monthly amount: nothing changes (维持). */
    KEEP("keep"),
    /** Eligible, another amount: the new household counts from the month after the review (调整). */
    ADJUST("adjust"),
    /** 渐退期 starts (or goes on): state {@code exiting}. */
    GRADUAL_EXIT("gradualExit"),
    /** Ineligible: a 7-day notice, then the payment stops (终止). */
    TERMINATE("terminate");

    private final String code;

    ReviewOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
