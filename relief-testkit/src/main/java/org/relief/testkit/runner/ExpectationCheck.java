package org.relief.testkit.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relief.core.model.Money;
import org.relief.testkit.cases.Expectation;
import org.relief.testkit.json.JsonAnswer;

/**
 * Compares an {@link Expectation} with an answer in the HTTP binding's JSON (docs/case-format.md, "expect"):
 * outcome and eligible exactly; amounts exact to the fen; each listed line present and equal;
 * rulesApplied, reasons, missing and measures as subsets; procedure per listed key; error = the
 * refusal code. Works on JSON so that in-process and HTTP answers are checked by the same code.
 */
public final class ExpectationCheck {
    static final String ABSENT = "(absent)";

    private ExpectationCheck() {
    }

    /** Every differing key, in the order of {@link Expectation#KEYS}; empty when the answer conforms. */
    public static List<Difference> check(Expectation e, JsonAnswer answer) {
        List<Difference> out = new ArrayList<>();
        JsonNode body = answer.body();
        boolean det = answer.isDetermination();
        String refused = det ? null : "refused " + answer.problemCode().orElse("?");
        String outcome = answer.outcome().orElse(null);

        e.outcome().ifPresent(o -> {
            if (!det) {
                out.add(new Difference("outcome", o, refused));
            } else if (!o.equals(outcome)) {
                out.add(new Difference("outcome", o, String.valueOf(outcome)));
            }
        });
        e.eligible().ifPresent(b -> {
            String want = b ? "eligible" : "ineligible";
            if (!det) {
                out.add(new Difference("eligible", b + " (outcome " + want + ")", refused));
            } else if (!want.equals(outcome)) {
                out.add(new Difference("eligible", b + " (outcome " + want + ")", "outcome " + outcome));
            }
        });
        amount(out, "monthlyAmount", e.monthlyAmount(), body, det, refused);
        amount(out, "amount", e.amount(), body, det, refused);
        amount(out, "amountMin", e.amountMin(), body, det, refused);
        amount(out, "amountMax", e.amountMax(), body, det, refused);
        for (Map.Entry<String, Money> l : sorted(e.lines())) {
            String key = "lines." + l.getKey();
            if (!det) {
                out.add(new Difference(key, l.getValue().toString(), refused));
                continue;
            }
            JsonNode lines = body.get("lines");
            JsonNode actual = lines == null ? null : lines.get(l.getKey());
            if (!sameAmount(l.getValue(), actual)) {
                out.add(new Difference(key, l.getValue().toString(), actual == null ? ABSENT + " lines " + lines : actual.asText()));
            }
        }
        subset(out, "rulesApplied", e.rulesApplied(), values(body, "trace", "rule"), det, refused);
        subset(out, "reasons", e.reasons(), values(body, "reasons", "code"), det, refused);
        subset(out, "missing", e.missing(), values(body, "missing", null), det, refused);
        subset(out, "measures", e.measures(), values(body, "measures", null), det, refused);
        for (Map.Entry<String, JsonNode> p : sorted(e.procedure())) {
            String key = "procedure." + p.getKey();
            if (!det) {
                out.add(new Difference(key, p.getValue().asText(), refused));
                continue;
            }
            JsonNode proc = body.get("procedure");
            JsonNode actual = proc == null ? null : proc.get(p.getKey());
            if (actual == null || !actual.equals(p.getValue())) {
                out.add(new Difference(key, p.getValue().asText(), actual == null ? ABSENT : actual.asText()));
            }
        }
        e.error().ifPresent(code -> {
            if (det) {
                out.add(new Difference("error", code, "no refusal (outcome " + outcome + ")"));
            } else if (!code.equals(answer.problemCode().orElse(null))) {
                out.add(new Difference("error", code, answer.summary()));
            }
        });
        if (!det && e.error().isEmpty()) {
            // Say once why: the refusal with its field and message.
            out.add(new Difference("refusal", "none", answer.summary()));
        }
        return out;
    }

    private static <V> List<Map.Entry<String, V>> sorted(Map<String, V> map) {
        List<Map.Entry<String, V>> l = new ArrayList<>(map.entrySet());
        l.sort(Map.Entry.comparingByKey());
        return l;
    }

    private static void amount(List<Difference> out, String key, Optional<Money> expected, JsonNode body, boolean det,
                               String refused) {
        expected.ifPresent(m -> {
            if (!det) {
                out.add(new Difference(key, m.toString(), refused));
                return;
            }
            JsonNode actual = body.get(key);
            if (!sameAmount(m, actual)) {
                out.add(new Difference(key, m.toString(), actual == null ? ABSENT + " (outcome " + text(body.get("outcome")) + ")"
                        : actual.asText()));
            }
        });
    }

    private static boolean sameAmount(Money expected, JsonNode actual) {
        if (actual == null || !actual.isTextual()) {
            return false;
        }
        try {
            return new BigDecimal(actual.textValue()).compareTo(expected.amount()) == 0;
        } catch (NumberFormatException x) {
            return false;
        }
    }

    private static void subset(List<Difference> out, String key, List<String> expected, List<String> actual, boolean det,
                               String refused) {
        if (expected.isEmpty()) {
            return;
        }
        if (!det) {
            out.add(new Difference(key, "to include " + expected, refused));
            return;
        }
        Set<String> lacking = new LinkedHashSet<>(expected);
        lacking.removeAll(actual);
        if (!lacking.isEmpty()) {
            out.add(new Difference(key, "to include " + expected + " (lacking " + lacking + ")",
                    new LinkedHashSet<>(actual).toString()));
        }
    }

    private static List<String> values(JsonNode body, String array, String field) {
        List<String> out = new ArrayList<>();
        JsonNode a = body.get(array);
        if (a != null && a.isArray()) {
            for (JsonNode n : a) {
                JsonNode v = field == null ? n : n.get(field);
                if (v != null && v.isTextual()) {
                    out.add(v.textValue());
                }
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null ? "?" : n.asText();
    }
}
