package org.relief.rules.liaocheng;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * LC-07 — 聊政字〔2020〕28号 三(二): emergency (急难型) temporary assistance follows the 24-hour
 * advance-assistance rule (24小时先行救助): the help is given within 24 hours of the moment the
 * township (or the county department where the emergency happened) learns of it — by application
 * or by its own discovery. Times are local (China Standard Time, no daylight saving). Who pays
 * (the township or the county department of the place of the emergency) is an organisational
 * choice the document leaves to the county ("探索"), not computed.
 */
public final class EmergencyAssistanceDeadline {
    /** The period of 三(二). */
    public static final Duration PERIOD = Duration.ofHours(24);

    private EmergencyAssistanceDeadline() {
    }

    /** The latest time advance assistance is due: {@code learnedAt} + 24 hours. */
    public static LocalDateTime dueBy(LocalDateTime learnedAt) {
        Objects.requireNonNull(learnedAt, "learnedAt");
        return learnedAt.plus(PERIOD);
    }

    /** Whether assistance given at {@code assistedAt} kept the 24 hours (exactly 24 hours counts as kept). */
    public static boolean onTime(LocalDateTime learnedAt, LocalDateTime assistedAt) {
        Objects.requireNonNull(assistedAt, "assistedAt");
        if (assistedAt.isBefore(Objects.requireNonNull(learnedAt, "learnedAt"))) {
            throw new IllegalArgumentException("救助时间早于获知时间 / assistance cannot precede the moment the need was learned: "
                    + assistedAt + " < " + learnedAt);
        }
        return !assistedAt.isAfter(dueBy(learnedAt));
    }
}
