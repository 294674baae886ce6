package org.relief.rules.liaocheng;

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
 * LC-14 (三(三)) as a calculator over {@link WorkstationCalculator}: one social-assistance workstation
 * per community or village, and, given how many already have one, the shortfall.
 */
final class Lc14Workstations extends AbstractCalculator {
    Lc14Workstations(Citation lc14) {
        super(new CalculatorSpec("liaocheng-workstations", lc14, "社区（村居）社会救助工作站", "Social-assistance workstations",
                List.of(CalculatorParameter.required("communities", INTEGER, "社区（村居）数", "communities and villages"),
                        CalculatorParameter.optional("communitiesWithStation", INTEGER, "已设工作站的社区（村居）数",
                                "communities and villages that have a workstation"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        int communities = in.integer("communities");
        int required = WorkstationCalculator.required(communities);
        CalculatorResult.Builder out = result().integer("required", required);
        String zh = communities + " 个社区（村居）× 每个1个 = " + required + " 个工作站";
        String en = communities + " communities × 1 each = " + required + " workstations";
        if (in.has("communitiesWithStation")) {
            int with = in.optionalInteger("communitiesWithStation").orElseThrow();
            int shortfall;
            try {
                shortfall = WorkstationCalculator.shortfall(communities, with);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid(in.path("communitiesWithStation"), "不能多于社区（村居）数 " + communities,
                        "must not exceed the communities (" + communities + ")");
            }
            out.integer("shortfall", shortfall);
            zh += "；已设 " + with + " 个，尚缺 " + shortfall + " 个";
            en += "; " + with + " set up, " + shortfall + " missing";
        }
        return out.explain(zh, en);
    }
}
