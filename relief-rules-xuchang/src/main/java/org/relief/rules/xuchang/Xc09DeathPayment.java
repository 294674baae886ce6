package org.relief.rules.xuchang;

import static org.relief.core.spi.CalculatorParameter.Type.DATE;
import static org.relief.core.spi.CalculatorParameter.Type.MONEY;
import static org.relief.core.spi.CalculatorParameter.Type.MONTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relief.core.model.InvalidInputException;
import org.relief.core.spi.AbstractCalculator;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/**
 * XC-09 (三(五)20) as a calculator over {@link DeathPaymentCalculator}: of the payments already made
 * to a dibao or tekun recipient who died, what is kept (the period of death and earlier) and what
 * was paid for later periods (recoverable). A quarterly payment must name the first month of its
 * calendar quarter; one that does not is refused naming it.
 */
final class Xc09DeathPayment extends AbstractCalculator {
    private static final List<String> CYCLES = List.of("monthly", "quarterly");
    Xc09DeathPayment(Citation xc09) {
        super(new CalculatorSpec("xuchang-death-payment", xc09, "救助对象死亡后已发放救助金的保留与追回",
                "Payments kept and recoverable at a recipient's death",
                List.of(CalculatorParameter.required("deathDate", DATE, "死亡日期", "date of death"),
                        CalculatorParameter.requiredEnum("cycle", CYCLES, "发放周期：monthly 按月，quarterly 按季度（自然季度）",
                                "payment cycle: monthly, or quarterly (calendar quarters)"),
                        CalculatorParameter.requiredList("payments", List.of(
                                CalculatorParameter.required("periodStart", MONTH, "所付期间的首月（按季度发放须为季度首月）",
                                        "first month of the period paid (a quarter's first month when quarterly)"),
                                CalculatorParameter.required("amount", MONEY, "已发放金额", "amount paid")),
                                "已发放的各期救助金", "the payments already made"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        LocalDate death = in.date("deathDate");
        DeathPaymentCalculator.Cycle cycle = DeathPaymentCalculator.Cycle.valueOf(in.code("cycle").toUpperCase(Locale.ROOT));
        List<DeathPaymentCalculator.Payment> payments = new ArrayList<>();
        int kept = 0;
        for (CalculatorInput p : in.list("payments")) {
            DeathPaymentCalculator.Payment payment = new DeathPaymentCalculator.Payment(p.month("periodStart"), p.money("amount"));
            try {
                kept += DeathPaymentCalculator.kept(death, cycle, payment.periodStart()) ? 1 : 0;
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid(p.path("periodStart"), "按季度发放的期间须从季度首月（1、4、7、10月）开始",
                        "a quarterly period starts in the first month of a quarter (January, April, July, October)");
            }
            payments.add(payment);
        }
        DeathPaymentCalculator.Settlement s = DeathPaymentCalculator.settle(death, cycle, payments);
        String period = DeathPaymentCalculator.periodOf(death, cycle).toString();
        return result().text("periodOfDeath", period).money("kept", s.kept())
                .money("recoverable", s.recoverable()).integer("keptPayments", kept)
                .integer("recoverablePayments", payments.size() - kept)
                .explain("死亡所在期间自 " + period + " 起：该期及以前已发放的 " + s.kept() + " 元不再收回；之后期间已发放的 "
                                + s.recoverable() + " 元不在保留之列（可追回）",
                        "the period of death starts " + period + ": " + s.kept() + " paid for it and earlier is kept, "
                                + s.recoverable() + " paid for later periods is not (recoverable)");
    }
}
