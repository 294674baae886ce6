package org.relief.core.rules.national;

import java.time.YearMonth;
import java.util.Optional;
import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.Step;
import org.relief.core.spi.Applied;

/**
 * A member's death (NA-13, dynamic management; the same as 许昌 XC-09, 许办〔2021〕7号 三(五)20, which a
 * region cites by reusing this class): on a decided case the month of death is paid and never
 * recovered, and from the next month the member leaves the household; the last member's death
 * ends the payment with that month. On a case not yet decided the member leaves the household at
 * once.
 */
public final class Na13Death implements CaseRule {
    @Override
    public Applied apply(CaseContext c) {
        Step.Death d = (Step.Death) c.step();
        YearMonth month = YearMonth.from(d.date());
        boolean decided = c.state() == CaseState.ACTIVE || c.state() == CaseState.EXITING;
        Applied a = Applied.inputs().with("member", d.member()).with("month", month).with("decided", decided);
        if (!decided) {
            if (!c.deathEndsCase()) {
                c.memberLeaves(d.member(), Optional.empty());
            }
            return a.then(c.deathEndsCase() ? "申请人死亡，申请终结" : "成员 " + d.member() + " 不再计入申请家庭");
        }
        if (c.deathEndsCase()) {
            c.paymentUntil(month);
            return a.then("最后一名救助对象死亡：" + month + " 当月救助金照发且不予收回，次月停发");
        }
        c.memberLeaves(d.member(), Optional.of(month.plusMonths(1)));
        return a.then(month + " 当月救助金照发且不予收回；自 " + month.plusMonths(1) + " 起该成员不再计入家庭");
    }
}
