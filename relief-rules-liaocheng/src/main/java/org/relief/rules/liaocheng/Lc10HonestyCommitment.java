package org.relief.rules.liaocheng;

import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.spi.Applied;

/**
 * LC-10 — 聊政字〔2020〕28号 三(八): applicants sign an honesty commitment (守信承诺) with the
 * application; without it the application is not taken ({@code HONESTY_COMMITMENT_REQUIRED}, field
 * {@code application.honestyCommitment}). Checked after the national consent (NA-11).
 */
public final class Lc10HonestyCommitment implements CaseRule {
    @Override
    public Applied apply(CaseContext c) {
        boolean signed = c.application().honestyCommitment();
        if (!signed) {
            c.refuse(StepRefusal.HONESTY_COMMITMENT_REQUIRED, "application.honestyCommitment",
                    "聊城市申请社会救助须签署守信承诺书（honestyCommitment 须为 true）",
                    "in 聊城 an application needs the signed honesty commitment (honestyCommitment: true)");
        }
        return Applied.inputs().with("honestyCommitment", signed).then(signed ? "已签署守信承诺" : "未签署守信承诺：不予受理");
    }
}
