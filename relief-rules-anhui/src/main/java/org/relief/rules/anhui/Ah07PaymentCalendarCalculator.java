package org.relief.rules.anhui;

import static org.relief.core.spi.CalculatorParameter.Type.MONTH;

import java.time.YearMonth;
import java.util.List;
import org.relief.core.spi.AbstractCalculator;
import org.relief.core.spi.CalculatorException;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/**
 * AH-07 (十) as a calculator over {@link PaymentCalendar}, on the embedding's national calendar
 * ({@link CalculatorInput#calendar()}): the due dates of the roster of a month. A month whose money
 * is paid outside the document's validity is refused {@code DATE_OUT_OF_RANGE}; a payment date the
 * calendar does not cover, {@code CALENDAR_UNAVAILABLE} (never guessed).
 */
final class Ah07PaymentCalendarCalculator extends AbstractCalculator {
    Ah07PaymentCalendarCalculator(Citation ah07) {
        super(new CalculatorSpec("anhui-payment-calendar", ah07, "救助资金发放时限", "Payment calendar of a month's roster",
                List.of(CalculatorParameter.required("month", MONTH, "花名册所属月份（其资金在次月发放）",
                        "the month of the roster (its money is paid in the next month)"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        YearMonth month = in.month("month");
        PaymentCalendar.Schedule s;
        try {
            s = new PaymentCalendar(in.calendar()).scheduleFor(month);
        } catch (PaymentCalendarException e) {
            String en = e.getMessage().substring(e.code().name().length() + 2);
            throw new CalculatorException(e.code().name(), in.path("month"), e.messageZh(), en);
        }
        CalculatorResult.Builder out = result().date("rosterDueBy", s.rosterDueBy())
                .date("fundsDueBy", s.fundsDueBy()).date("paymentDueBy", s.paymentDueBy());
        String zh = month + " 的花名册：" + s.rosterDueBy() + " 前报送，" + s.fundsDueBy() + " 前拨付，" + s.paymentDueBy() + " 前发放";
        String en = "roster of " + month + ": sent by " + s.rosterDueBy() + ", funds by " + s.fundsDueBy() + ", paid by "
                + s.paymentDueBy();
        if (s.movedFor().isPresent()) {
            var p = s.movedFor().get();
            out.text("movedFor", p.holiday()).date("holidayFrom", p.from()).date("holidayUntil", p.until());
            zh += "（15日在" + p.holiday() + "假期 " + p.from() + "—" + p.until() + " 内，提前至假期前最后一个工作日，" + p.document() + "）";
            en += " (the 15th lies in the " + p.holiday() + " holiday " + p.from() + "–" + p.until()
                    + ": moved to the last working day before it, " + p.document() + ")";
        }
        return out.explain(zh, en);
    }
}
