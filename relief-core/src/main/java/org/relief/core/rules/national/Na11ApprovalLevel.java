package org.relief.core.rules.national;

import org.relief.core.model.ApprovalLevel;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * NA-11 — 审核确认 level: the county civil-affairs department (national baseline); where the
 * county has delegated it, the township (许昌 XC-06, 安徽); always the township (聊城 LC-13).
 */
public final class Na11ApprovalLevel implements Rule {
    private enum Mode { COUNTY, TOWNSHIP_WHEN_DELEGATED, TOWNSHIP }

    private final Mode mode;

    private Na11ApprovalLevel(Mode mode) {
        this.mode = mode;
    }

    /** Always the county (national baseline). */
    public static Na11ApprovalLevel county() {
        return new Na11ApprovalLevel(Mode.COUNTY);
    }

    /** The township where {@code application.townshipDelegated}, else the county. */
    public static Na11ApprovalLevel townshipWhenDelegated() {
        return new Na11ApprovalLevel(Mode.TOWNSHIP_WHEN_DELEGATED);
    }

    /** Always the township. */
    public static Na11ApprovalLevel township() {
        return new Na11ApprovalLevel(Mode.TOWNSHIP);
    }

    @Override
    public Applied apply(Evaluation e) {
        boolean delegated = e.application().townshipDelegated();
        ApprovalLevel level = switch (mode) {
            case COUNTY -> ApprovalLevel.COUNTY;
            case TOWNSHIP -> ApprovalLevel.TOWNSHIP;
            case TOWNSHIP_WHEN_DELEGATED -> delegated ? ApprovalLevel.TOWNSHIP : ApprovalLevel.COUNTY;
        };
        e.approvalLevel(level);
        if (!e.tracing()) {
            return Applied.untraced();
        }
        return Applied.inputs().with("townshipDelegated", delegated).then("approval by " + level.code());
    }
}
