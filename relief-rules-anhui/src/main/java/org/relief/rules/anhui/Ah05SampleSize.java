package org.relief.rules.anhui;

import static org.relief.core.spi.CalculatorParameter.Type.INTEGER;

import java.util.List;
import org.relief.core.model.InvalidInputException;
import org.relief.core.spi.AbstractCalculator;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/**
 * AH-05 (八) as a calculator over {@link SamplingCalculator#minimumSample(int, int)}: the least number
 * of township decisions the county re-checks, ⌈30% × (approved + rejected)⌉.
 */
final class Ah05SampleSize extends AbstractCalculator {
    Ah05SampleSize(Citation ah05) {
        super(new CalculatorSpec("anhui-county-sample-size", ah05, "县级抽查最少案件数", "Least size of the county's sample",
                List.of(CalculatorParameter.required("approved", INTEGER, "乡镇审核确认通过的案件数", "cases the townships approved"),
                        CalculatorParameter.required("rejected", INTEGER, "乡镇审核确认未通过的案件数", "applications the townships rejected"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        int approved = in.integer("approved");
        int rejected = in.integer("rejected");
        int size;
        try {
            size = SamplingCalculator.minimumSample(approved, rejected);
        } catch (ArithmeticException e) {
            throw InvalidInputException.invalid(in.path("rejected"), "案件总数过大", "approved + rejected is too large");
        }
        return result().integer("decided", approved + rejected).integer("minimumSample", size)
                .explain("⌈30% × (" + approved + " + " + rejected + ")⌉ = " + size + " 件（含未通过的申请）",
                        "⌈30% × (" + approved + " + " + rejected + ")⌉ = " + size + " cases (rejected applications included)");
    }
}
