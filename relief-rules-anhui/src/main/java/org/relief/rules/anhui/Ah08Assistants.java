package org.relief.rules.anhui;

import static org.relief.core.spi.CalculatorParameter.Type.INTEGER;

import java.util.List;
import org.relief.core.spi.AbstractCalculator;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/** AH-08 (十一) as a calculator over {@link AssistantStaffing}: the assistants of one village or community. */
final class Ah08Assistants extends AbstractCalculator {
    Ah08Assistants(Citation ah08) {
        super(new CalculatorSpec("anhui-assistants", ah08, "村（社区）社会救助协理员配备", "Village social-assistance assistants",
                List.of(CalculatorParameter.required("registeredResidents", INTEGER, "村（社区）户籍人口",
                        "registered residents of the village or community"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        int residents = in.integer("registeredResidents");
        int assistants = AssistantStaffing.assistants(residents);
        return result().integer("assistants", assistants)
                .explain("户籍人口 " + residents + " 人：min(3, ⌊" + residents + "/3000⌋) = " + assistants + " 名协理员",
                        residents + " registered residents: min(3, ⌊" + residents + "/3000⌋) = " + assistants + " assistants");
    }
}
