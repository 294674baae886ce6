package org.relief.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.core.model.Money;

/**
 * A case's {@code expect}: only what is listed is checked (docs/case-format.md, "expect").
 *
 * @param outcome       {@code eligible}, {@code ineligible} or {@code undetermined}
 * @param eligible      true = outcome eligible, false = outcome ineligible
 * @param monthlyAmount recurring benefit, exact to the fen
 * @param amount        one-off benefit, exact to the fen
 * @param amountMin     lower bound of a one-off benefit's permitted range
 * @param amountMax     upper bound of that range
 * @param lines         each listed line present and equal
 * @param rulesApplied  each listed rule id in the trace (subset)
 * @param reasons       each listed reason code present (subset)
 * @param missing       each listed input path reported missing (subset)
 * @param measures      each listed measure present (subset)
 * @param procedure     each listed procedure key equal ({@code democraticAppraisal}, {@code approvalLevel},
 *                      {@code publicNoticeDays}, {@code reviewIntervalMonths})
 * @param error         the refusal code
 * @param raw           the {@code expect} object as written
 */
public record Expectation(Optional<String> outcome, Optional<Boolean> eligible, Optional<Money> monthlyAmount,
                          Optional<Money> amount, Optional<Money> amountMin, Optional<Money> amountMax,
                          Map<String, Money> lines, List<String> rulesApplied, List<String> reasons,
                          List<String> missing, List<String> measures, Map<String, JsonNode> procedure,
                          Optional<String> error, ObjectNode raw) {
    /** The keys {@code expect} may have. */
    public static final List<String> KEYS = List.of("outcome", "eligible", "monthlyAmount", "amount", "amountMin",
            "amountMax", "lines", "rulesApplied", "reasons", "missing", "measures", "procedure", "error");

    /** Copies the lists and maps. */
    public Expectation {
        lines = Map.copyOf(lines);
        rulesApplied = List.copyOf(rulesApplied);
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        measures = List.copyOf(measures);
        procedure = Map.copyOf(procedure);
    }
}
