package org.relief.rules.xuchang;

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
 * XC-12 (四(二)) for a county's social-assistance agency, as a calculator over
 * {@link StaffingCalculator#county} and {@link StaffingCalculator#countyMeets}: the full-time workers the
 * band requires for a number of long-term recipients, the 5 workers in all, and — given the staff
 * the county has — whether it meets them. The staff are given both or neither: whether a county
 * meets 四(二) with an unknown number of workers in all is not guessed.
 */
final class Xc12CountyStaffing extends AbstractCalculator {
    Xc12CountyStaffing(Citation xc12) {
        super(new CalculatorSpec("xuchang-county-staffing", xc12, "县级社会救助工作人员配备", "County social-assistance staffing",
                List.of(CalculatorParameter.required("recipients", INTEGER, "全县常年救助对象人数", "long-term recipients of the county"),
                        CalculatorParameter.optional("fullTimeWorkers", INTEGER, "现有专职工作人员数（与 workersInAll 同时提供）",
                                "full-time workers the agency has (given with workersInAll)"),
                        CalculatorParameter.optional("workersInAll", INTEGER, "现有工作人员总数（含专职，与 fullTimeWorkers 同时提供）",
                                "workers in all, full-time included (given with fullTimeWorkers)"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        int recipients = in.integer("recipients");
        StaffingCalculator.Requirement req = StaffingCalculator.county(recipients);
        CalculatorResult.Builder out = result().integer("minimumFullTime", req.minimumFullTime())
                .integer("strictFullTime", req.strictFullTime()).integer("minimumWorkers", req.minimumWorkers());
        String zh = "常年救助对象 " + recipients + " 人：专职工作人员不少于 ⌈" + recipients + "/10000⌉ = " + req.minimumFullTime()
                + " 名（按每8000人计为 " + req.strictFullTime() + " 名），工作人员不少于 " + req.minimumWorkers() + " 名";
        String en = recipients + " long-term recipients: at least ⌈" + recipients + "/10000⌉ = " + req.minimumFullTime()
                + " full-time workers (" + req.strictFullTime() + " at one per 8,000), at least " + req.minimumWorkers()
                + " workers in all";
        if (in.has("fullTimeWorkers") != in.has("workersInAll")) {
            String missing = in.has("fullTimeWorkers") ? "workersInAll" : "fullTimeWorkers";
            throw InvalidInputException.invalid(in.path(missing), "须与 " + other(missing) + " 同时提供",
                    "is required together with " + other(missing));
        }
        if (in.has("fullTimeWorkers")) {
            int fullTime = in.optionalInteger("fullTimeWorkers").orElseThrow();
            int all = in.optionalInteger("workersInAll").orElseThrow();
            boolean meets;
            try {
                meets = StaffingCalculator.countyMeets(recipients, fullTime, all);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid(in.path("workersInAll"), "工作人员总数不能少于专职工作人员数（" + fullTime + "）",
                        "workers in all must not be fewer than the full-time workers (" + fullTime + ")");
            }
            out.bool("meets", meets);
            zh += "；现有专职 " + fullTime + " 名、共 " + all + " 名：" + (meets ? "达到" : "未达到");
            en += "; with " + fullTime + " full-time of " + all + ": " + (meets ? "met" : "not met");
        }
        return out.explain(zh, en);
    }

    private static String other(String name) {
        return name.equals("workersInAll") ? "fullTimeWorkers" : "workersInAll";
    }
}
