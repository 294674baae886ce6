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
 * XC-12 (四(二)) for villages and communities, as a calculator over
 * {@link StaffingCalculator#villageAssistants}: one social-assistance assistant (协理员) each.
 */
final class Xc12VillageAssistants extends AbstractCalculator {
    Xc12VillageAssistants(Citation xc12) {
        super(new CalculatorSpec("xuchang-village-assistants", xc12, "村（社区）社会救助协理员配备",
                "Village social-assistance assistants",
                List.of(CalculatorParameter.required("villages", INTEGER, "村（社区）数", "villages and communities"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        int villages = in.integer("villages");
        int assistants = StaffingCalculator.villageAssistants(villages);
        return result().integer("assistants", assistants)
                .explain(villages + " 个村（社区）× 每村1名协理员 = " + assistants + " 名",
                        villages + " villages × 1 assistant each = " + assistants);
    }
}
