package org.relief.rules.xuchang;

import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.model.Channel;
import org.relief.core.spi.Applied;

/**
 * XC-13 — 2023 work report (优化流程): "户报、村评、乡审、县批"; people with a residence permit (居住证)
 * may apply where they live, and online where the county offers it. The rule admits such an
 * application on {@code apply} (it never refuses one) and shows, in the step's trace, on which ground
 * it was taken. The later stages are the procedure's own (审核 by the township, 确认 by the county
 * unless delegated, XC-06; appraisal only on a dispute, XC-07).
 */
public final class Xc13ApplicationChannel implements CaseRule {
    @Override
    public Applied apply(CaseContext c) {
        boolean permit = c.application().application().onResidencePermit();
        String channel = c.application().application().channel().map(Channel::code).orElse("window");
        String ground = permit ? "持居住证在居住地申请" : "户籍地申请";
        if (c.application().application().channel().equals(java.util.Optional.of(Channel.ONLINE))) {
            ground += "，网上申请";
        }
        return Applied.inputs().with("onResidencePermit", permit).with("channel", channel)
                .then("受理：" + ground + "（户报、村评、乡审、县批）");
    }
}
