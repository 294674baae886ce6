package org.relief.testkit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.runner.Difference;

/**
 * Compares a step's {@code expect} with the answer, in the binding's JSON: scalars exactly (amounts
 * to the fen), {@code deadlines} and {@code dates} per listed key, {@code reasons}, {@code missing},
 * {@code records} as subsets, {@code notReasons} as none, {@code lines} per listed case and line,
 * {@code held} and {@code selected} as the exact set of the scenario's cases. Case names are mapped
 * to the implementation's case ids and back. A refused step fails unless {@code error} expects it.
 */
final class StepExpectations {
    static final String ABSENT = "(absent)";

    private StepExpectations() {
    }

    static boolean refused(JsonAnswer a) {
        return a.status() >= 400;
    }

    static String code(JsonAnswer a) {
        return a.body().path("code").asText("HTTP " + a.status());
    }

    /**
     * @param idOf   case name → the implementation's id (empty string when not yet known)
     * @param nameOf implementation id → case name of this scenario (null for another scenario's case)
     */
    static List<Difference> check(ScenarioStep step, JsonAnswer a, Function<String, String> idOf, Map<String, String> nameOf) {
        List<Difference> out = new ArrayList<>();
        JsonNode e = step.expect().map(x -> (JsonNode) x).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        JsonNode b = a.body();
        if (e.has("error")) {
            String want = e.get("error").textValue();
            if (!refused(a)) {
                out.add(new Difference("error", want, "taken" + (b.has("state") ? " (state " + b.get("state").asText() + ")" : "")));
                return out;
            }
            if (!want.equals(code(a))) {
                out.add(new Difference("error", want, code(a) + ": " + b.path("detailEn").asText("")));
            }
            if (e.has("errorField") && !e.get("errorField").textValue().equals(b.path("field").asText(null))) {
                out.add(new Difference("errorField", e.get("errorField").textValue(), b.path("field").asText(ABSENT)));
            }
        } else if (refused(a)) {
            out.add(new Difference("error", "(none: the step is taken)", "refused " + code(a) + ": " + b.path("detailEn").asText("")));
            return out;
        }
        for (String k : List.of("state", "noticeEnds", "paymentFrom", "paymentUntil", "nextReviewBy", "outcome", "approvalLevel")) {
            if (e.has(k)) {
                scalar(out, k, e.get(k).asText(), b.get(k));
            }
        }
        for (String k : List.of("monthlyAmount", "recovery", "amount")) {
            if (e.has(k)) {
                money(out, k, e.get(k).asText(), b.get(k));
            }
        }
        for (String k : List.of("paid", "alreadySubmitted", "size")) {
            if (e.has(k)) {
                scalar(out, k, e.get(k).asText(), b.get(k));
            }
        }
        for (String k : List.of("deadlines", "dates")) {
            if (e.has(k)) {
                e.get(k).properties().forEach(x -> scalar(out, k + "." + x.getKey(), x.getValue().asText(), b.path(k).get(x.getKey())));
            }
        }
        subset(out, e, "reasons", codes(b.get("reasons")));
        subset(out, e, "records", codes(b.get("records")));
        subset(out, e, "missing", new TreeSet<>(texts(b.get("missing"))));
        if (e.has("notReasons")) {
            Set<String> have = codes(b.get("reasons"));
            for (JsonNode r : e.get("notReasons")) {
                if (have.contains(r.asText())) {
                    out.add(new Difference("notReasons", "no " + r.asText(), r.asText() + " present"));
                }
            }
        }
        if (e.has("lines")) {
            e.get("lines").properties().forEach(c -> c.getValue().properties().forEach(l -> money(out,
                    "lines." + c.getKey() + "." + l.getKey(), l.getValue().asText(),
                    b.path("lines").path(idOf.apply(c.getKey())).get(l.getKey()))));
        }
        if (e.has("absentLines")) {
            e.get("absentLines").properties().forEach(c -> c.getValue().forEach(l -> {
                JsonNode v = b.path("lines").path(idOf.apply(c.getKey())).get(l.asText());
                if (v != null) {
                    out.add(new Difference("absentLines." + c.getKey(), "no " + l.asText(), l.asText() + " " + v.asText()));
                }
            }));
        }
        if (e.has("absent")) {
            for (JsonNode c : e.get("absent")) {
                if (b.path("lines").has(idOf.apply(c.asText()))) {
                    out.add(new Difference("absent", c.asText() + " not in the roster", "present"));
                }
            }
        }
        for (String k : List.of("held", "selected")) {
            if (e.has(k)) {
                Set<String> want = new TreeSet<>(texts(e.get(k)));
                Set<String> got = new TreeSet<>();
                for (String id : texts(b.get(k))) {
                    String name = nameOf.get(id);
                    if (name != null) {
                        got.add(name);
                    }
                }
                if (!want.equals(got)) {
                    out.add(new Difference(k, want.toString(), got.toString()));
                }
            }
        }
        return out;
    }

    private static void scalar(List<Difference> out, String key, String want, JsonNode got) {
        String g = got == null || got.isNull() ? ABSENT : got.asText();
        if (!want.equals(g)) {
            out.add(new Difference(key, want, g));
        }
    }

    private static void money(List<Difference> out, String key, String want, JsonNode got) {
        if (got == null || !got.isTextual()) {
            out.add(new Difference(key, want, got == null ? ABSENT : got.toString()));
            return;
        }
        try {
            if (new BigDecimal(want).compareTo(new BigDecimal(got.textValue())) != 0) {
                out.add(new Difference(key, want, got.textValue()));
            }
        } catch (NumberFormatException x) {
            out.add(new Difference(key, want, got.textValue()));
        }
    }

    private static void subset(List<Difference> out, JsonNode e, String key, Set<String> have) {
        if (!e.has(key)) {
            return;
        }
        for (JsonNode x : e.get(key)) {
            if (!have.contains(x.asText())) {
                out.add(new Difference(key, "contains " + x.asText(), have.toString()));
            }
        }
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> s = new TreeSet<>();
        if (list != null) {
            list.forEach(x -> s.add(x.isTextual() ? x.textValue() : x.path("code").asText()));
        }
        return s;
    }

    private static List<String> texts(JsonNode list) {
        List<String> s = new ArrayList<>();
        if (list != null) {
            list.forEach(x -> s.add(x.asText()));
        }
        return s;
    }
}
