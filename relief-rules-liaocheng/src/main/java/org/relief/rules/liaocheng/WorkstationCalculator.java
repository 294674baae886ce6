package org.relief.rules.liaocheng;

/**
 * LC-14 — 聊政字〔2020〕28号 三(三): every community / village (社区（村居）) sets up a social-assistance
 * workstation (社会救助工作站), staffed by full- or part-time assistants (their number: LC-09,
 * {@link AssistantCalculator}). One workstation per community or village; a station shared by
 * two communities does not count for both.
 */
public final class WorkstationCalculator {
    private WorkstationCalculator() {
    }

    /** Workstations required for {@code communities} communities and villages: one each. */
    public static int required(int communities) {
        if (communities < 0) {
            throw new IllegalArgumentException("社区（村居）数不能为负 / communities must not be negative: " + communities);
        }
        return communities;
    }

    /** Workstations still to set up: required − existing, not below zero. */
    public static int shortfall(int communities, int communitiesWithStation) {
        if (communitiesWithStation < 0 || communitiesWithStation > communities) {
            throw new IllegalArgumentException("设有工作站的社区（村居）数须在0与总数之间 / communities with a station must be"
                    + " between 0 and " + communities + ": " + communitiesWithStation);
        }
        return required(communities) - communitiesWithStation;
    }
}
