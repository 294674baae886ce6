package org.relief.rules.liaocheng;

import static org.relief.core.spi.CalculatorParameter.Type.INTEGER;

import java.util.List;
import org.relief.core.spi.AbstractCalculator;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/**
 * LC-09 (三(四)) as a calculator over {@link AssistantCalculator}: the assistants an area with a
 * number of village/residents' committees has in all (1–2 each), and, given the assistants of one
 * committee, whether that committee complies.
 */
final class Lc09Assistants extends AbstractCalculator {
    Lc09Assistants(Citation lc09) {
        super(new CalculatorSpec("liaocheng-assistants", lc09, "村（居）社会救助协理员配备", "Village social-assistance assistants",
                List.of(CalculatorParameter.required("committees", INTEGER, "村（居）委员会数", "village and residents' committees"),
                        CalculatorParameter.optional("assistantsOfOneCommittee", INTEGER, "某一村（居）委员会现有协理员数",
                                "assistants one committee has, to check it"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        int committees = in.integer("committees");
        AssistantCalculator.Range range = AssistantCalculator.required(committees);
        CalculatorResult.Builder out = result().integer("minimumAssistants", range.min())
                .integer("maximumAssistants", range.max());
        String zh = committees + " 个村（居）委员会 × 每个1—2名 = " + range.min() + "—" + range.max() + " 名协理员";
        String en = committees + " committees × 1–2 each = " + range.min() + "–" + range.max() + " assistants";
        if (in.has("assistantsOfOneCommittee")) {
            int n = in.optionalInteger("assistantsOfOneCommittee").orElseThrow();
            AssistantCalculator.Compliance c = AssistantCalculator.check(n);
            String code = switch (c) {
                case TOO_FEW -> "tooFew";
                case WITHIN -> "within";
                case TOO_MANY -> "tooMany";
            };
            out.text("compliance", code);
            zh += "；一个委员会有 " + n + " 名：" + code;
            en += "; one committee with " + n + ": " + code;
        }
        return out.explain(zh, en);
    }
}
