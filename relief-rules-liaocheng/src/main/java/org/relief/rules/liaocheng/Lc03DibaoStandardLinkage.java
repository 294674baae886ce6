package org.relief.rules.liaocheng;

import static org.relief.core.spi.CalculatorParameter.Type.DECIMAL;
import static org.relief.core.spi.CalculatorParameter.Type.MONEY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.Money;
import org.relief.core.spi.AbstractCalculator;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/**
 * LC-03 (三(二)) as a calculator over {@link DibaoStandardCalculator}: the monthly dibao standard the
 * linkage to per-capita consumption expenditure yields for a published ratio, and, given a published
 * standard, whether it reaches that figure. The ratio is an input (the document gives none).
 */
final class Lc03DibaoStandardLinkage extends AbstractCalculator {
    Lc03DibaoStandardLinkage(Citation lc03) {
        super(new CalculatorSpec("liaocheng-dibao-standard", lc03, "低保标准与人均消费支出挂钩",
                "Dibao standard linked to consumption expenditure",
                List.of(CalculatorParameter.required("annualPerCapitaConsumption", MONEY, "上年度城镇（或农村）居民人均消费支出（元/年）",
                                "previous year's per-capita consumption expenditure of urban (or rural) residents, yuan a year"),
                        CalculatorParameter.required("ratio", DECIMAL, "市政府公布的挂钩比例，大于0且不超过1",
                                "the ratio the city publishes, greater than 0 and at most 1"),
                        CalculatorParameter.optional("publishedMonthly", MONEY, "已公布的月低保标准（元），用以核对",
                                "a published monthly standard to check against the linkage"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        BigDecimal annual = in.money("annualPerCapitaConsumption").amount();
        BigDecimal ratio = in.decimal("ratio");
        BigDecimal monthly;
        try {
            monthly = DibaoStandardCalculator.monthlyStandard(annual, ratio);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(in.path("ratio"), "挂钩比例须大于0且不超过1，收到 " + ratio.toPlainString(),
                    "the ratio must be greater than 0 and at most 1, got " + ratio.toPlainString());
        }
        Money standard = new Money(monthly.setScale(2, RoundingMode.UNNECESSARY));
        CalculatorResult.Builder out = result().money("monthlyStandard", standard);
        String zh = "⌈" + annual.toPlainString() + " × " + ratio.toPlainString() + " ÷ 12⌉ = " + standard + " 元/人·月（向上取整到元）";
        String en = "⌈" + annual.toPlainString() + " × " + ratio.toPlainString() + " ÷ 12⌉ = " + standard
                + " yuan per person a month (rounded up to the yuan)";
        if (in.has("publishedMonthly")) {
            Money published = in.optionalMoney("publishedMonthly").orElseThrow();
            boolean meets = DibaoStandardCalculator.meetsLinkage(published.amount(), annual, ratio);
            out.bool("meetsLinkage", meets);
            zh += "；公布标准 " + published + " 元" + (meets ? "达到" : "未达到") + "挂钩水平";
            en += "; the published " + published + (meets ? " reaches" : " does not reach") + " it";
        }
        return out.explain(zh, en);
    }
}
