package org.relief.rules.xuchang;

import static org.relief.core.spi.CalculatorParameter.Type.INTEGER;

import java.util.List;
import org.relief.core.spi.AbstractCalculator;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/**
 * XC-12 (四(二)) for a township or street, as a calculator over {@link StaffingCalculator#township}
 * and {@link StaffingCalculator#townshipMeets}: the full-time workers required for its long-term
 * recipients (one per 800–1,000) and, given its full-time workers, whether it meets that.
 */
final class Xc12TownshipStaffing extends AbstractCalculator {
    Xc12TownshipStaffing(Citation xc12) {
        super(new CalculatorSpec("xuchang-township-staffing", xc12, "乡镇（街道）社会救助工作人员配备",
                "Township social-assistance staffing",
                List.of(CalculatorParameter.required("recipients", INTEGER, "乡镇（街道）常年救助对象人数",
                                "long-term recipients of the township"),
                        CalculatorParameter.optional("fullTimeWorkers", INTEGER, "现有专职工作人员数", "full-time workers it has"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        int recipients = in.integer("recipients");
        StaffingCalculator.Requirement req = StaffingCalculator.township(recipients);
        CalculatorResult.Builder out = result().integer("minimumFullTime", req.minimumFullTime())
                .integer("strictFullTime", req.strictFullTime());
        String zh = "常年救助对象 " + recipients + " 人：专职工作人员原则上不少于 ⌈" + recipients + "/1000⌉ = "
                + req.minimumFullTime() + " 名（按每800人计为 " + req.strictFullTime() + " 名）";
        String en = recipients + " long-term recipients: in principle at least ⌈" + recipients + "/1000⌉ = "
                + req.minimumFullTime() + " full-time workers (" + req.strictFullTime() + " at one per 800)";
        if (in.has("fullTimeWorkers")) {
            int fullTime = in.optionalInteger("fullTimeWorkers").orElseThrow();
            boolean meets = StaffingCalculator.townshipMeets(recipients, fullTime);
            out.bool("meets", meets);
            zh += "；现有专职 " + fullTime + " 名：" + (meets ? "达到" : "未达到");
            en += "; with " + fullTime + " full-time: " + (meets ? "met" : "not met");
        }
        return out.explain(zh, en);
    }
}
