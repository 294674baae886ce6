package org.relief.rules.liaocheng;

/**
 * LC-09 — 聊政字〔2020〕28号 三(四): every village (居) committee has 1–2 social-assistance assistants
 * (社会救助协理员). "1—2名" is read inclusively: 1 and 2 both comply; 0 is too few, 3 or more too
 * many for one committee.
 */
public final class AssistantCalculator {
    /** At least this many assistants per committee. */
    public static final int MIN_PER_COMMITTEE = 1;
    /** At most this many assistants per committee. */
    public static final int MAX_PER_COMMITTEE = 2;

    /** How one committee's assistants compare with 三(四). */
    public enum Compliance {
        /** Fewer than 1: an assistant is missing. */
        TOO_FEW,
        /** 1 or 2. */
        WITHIN,
        /** More than 2. */
        TOO_MANY
    }

    /** The number of assistants an area with {@code committees} village/residents' committees has in all. */
    public record Range(int min, int max) {
    }

    private AssistantCalculator() {
    }

    /** The permitted total for {@code committees} committees: committees … 2 × committees. */
    public static Range required(int committees) {
        if (committees < 0) {
            throw new IllegalArgumentException("村（居）委员会数不能为负 / committees must not be negative: " + committees);
        }
        return new Range(Math.multiplyExact(committees, MIN_PER_COMMITTEE), Math.multiplyExact(committees, MAX_PER_COMMITTEE));
    }

    /** Whether one committee with {@code assistants} assistants complies. */
    public static Compliance check(int assistants) {
        if (assistants < 0) {
            throw new IllegalArgumentException("协理员人数不能为负 / assistants must not be negative: " + assistants);
        }
        if (assistants < MIN_PER_COMMITTEE) {
            return Compliance.TOO_FEW;
        }
        return assistants > MAX_PER_COMMITTEE ? Compliance.TOO_MANY : Compliance.WITHIN;
    }
}
