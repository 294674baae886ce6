package org.relief.testkit.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.relief.core.engine.AmountLine;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Procedure;
import org.relief.core.engine.Reason;
import org.relief.core.engine.Refusal;
import org.relief.core.engine.TraceEntry;
import org.relief.core.engine.Versions;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.Money;
import org.relief.core.model.RefusalCode;
import org.relief.core.spi.StandardValue;

/**
 * Writes a {@link Determination} as the HTTP binding's JSON (docs/case-format.md), and refusals as RFC 9457
 * problem JSON. Amounts are strings with 2 decimals; keys that do not apply are absent.
 *
 * <pre>{@code
 * { "outcome": "eligible", "monthlyAmount": "1225.00",
 *   "lines": { "base": "1225.00" },
 *   "reasons": [ { "code": "...", "message": "（中文）", "messageEn": "...", "rule": "NA-02" } ],
 *   "missing": [], "measures": [],
 *   "procedure": { "democraticAppraisal": false, "approvalLevel": "county", "publicNoticeDays": 7, "reviewIntervalMonths": 12 },
 *   "trace": [ { "rule": "NA-09", "citation": "民发〔2021〕43号 第二章", "title": "...", "slot": "...", "inputs": {}, "result": "..." } ],
 *   "versions": { "engine": "0.1.0", "module": "national", "moduleVersion": "0.1.0", "standards": [ ... ] } }
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class DeterminationWriter {
    /** The {@code type} URI prefix of problem JSON (as the reference server writes it). */
    public static final String PROBLEM_TYPE = "https://relief.example/problems/";
    /** HTTP status of a determination. */
    public static final int OK = 200;
    /** HTTP status of a refusal ({@code 422 Unprocessable Content}). */
    public static final int REFUSED = 422;
    /** HTTP status of a request that is not JSON or not of the shape ({@code 400 Bad Request}). */
    public static final int MALFORMED = 400;
    /** The {@code code} of problem JSON for a malformed request. */
    public static final String MALFORMED_CODE = "MALFORMED_REQUEST";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DeterminationWriter() {
    }

    /**
     * The binding's answer to a determination: {@code 200} with the determination, or {@code 422}
     * with problem JSON when it was refused.
     */
    public static JsonAnswer answer(Determination d) {
        return d.refusal().map(r -> new JsonAnswer(REFUSED, problem(r))).orElseGet(() -> new JsonAnswer(OK, write(d)));
    }

    /** The binding's answer to an input error found while reading: {@code 422} problem JSON. */
    public static JsonAnswer answer(InvalidInputException e) {
        return new JsonAnswer(REFUSED, problem(refusal(e)));
    }

    /** The binding's answer to a request that is not of the shape: {@code 400} problem JSON. */
    public static JsonAnswer answer(JsonShapeException e) {
        return new JsonAnswer(MALFORMED, malformed(e.path(), e.messageZh(), e.messageEn()));
    }

    /** Core's refusal for an input error (code, field, messages). */
    public static Refusal refusal(InvalidInputException e) {
        return new Refusal(e.code(), Optional.of(e.field()), e.messageZh(), e.messageEn());
    }

    /**
     * A determination as JSON. A refused determination is written as its problem JSON (see
     * {@link #answer(Determination)} for the status).
     */
    public static ObjectNode write(Determination d) {
        if (d.refusal().isPresent()) {
            return problem(d.refusal().get());
        }
        ObjectNode o = F.objectNode();
        o.put("outcome", d.outcome().code());
        d.monthlyAmount().ifPresent(m -> o.put("monthlyAmount", yuan(m)));
        d.amount().ifPresent(m -> o.put("amount", yuan(m)));
        d.amountMin().ifPresent(m -> o.put("amountMin", yuan(m)));
        d.amountMax().ifPresent(m -> o.put("amountMax", yuan(m)));
        ObjectNode lines = o.putObject("lines");
        for (AmountLine l : d.lines()) {
            lines.put(l.code(), yuan(l.amount()));
        }
        ArrayNode reasons = o.putArray("reasons");
        for (Reason r : d.reasons()) {
            ObjectNode ro = reasons.addObject();
            ro.put("code", r.code());
            ro.put("message", r.message());
            ro.put("messageEn", r.messageEn());
            ro.put("rule", r.rule());
        }
        ArrayNode missing = o.putArray("missing");
        d.missing().forEach(missing::add);
        ArrayNode measures = o.putArray("measures");
        d.measures().forEach(measures::add);
        d.procedure().ifPresent(p -> o.set("procedure", procedure(p)));
        ArrayNode trace = o.putArray("trace");
        for (TraceEntry t : d.trace()) {
            ObjectNode to = trace.addObject();
            to.put("rule", t.rule());
            to.put("citation", t.citation());
            to.put("title", t.title());
            to.put("slot", t.slot());
            t.overrides().ifPresent(v -> to.put("overrides", v));
            ObjectNode inputs = to.putObject("inputs");
            t.inputs().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> inputs.put(e.getKey(), e.getValue()));
            to.put("result", t.result());
        }
        o.set("versions", versions(d.versions()));
        return o;
    }

    /** The procedure object. */
    public static ObjectNode procedure(Procedure p) {
        ObjectNode o = F.objectNode();
        o.put("democraticAppraisal", p.democraticAppraisal());
        o.put("approvalLevel", p.approvalLevel().code());
        o.put("publicNoticeDays", p.publicNoticeDays());
        o.put("reviewIntervalMonths", p.reviewIntervalMonths());
        return o;
    }

    /** The versions object: engine, module, module version and every standard used with its provenance. */
    public static ObjectNode versions(Versions v) {
        ObjectNode o = F.objectNode();
        o.put("engine", v.engine());
        o.put("module", v.module());
        o.put("moduleVersion", v.moduleVersion());
        ArrayNode standards = o.putArray("standards");
        for (StandardValue s : v.standards()) {
            ObjectNode so = standards.addObject();
            so.put("key", s.key());
            so.put("value", standardValue(s.key(), s.value()));
            so.put("origin", s.origin().name().toLowerCase(java.util.Locale.ROOT));
            s.area().ifPresent(a -> so.put("area", a.value()));
            s.effectiveFrom().ifPresent(f -> so.put("effectiveFrom", f.toString()));
            so.put("provenance", s.provenance().describe());
        }
        return o;
    }

    /**
     * RFC 9457 problem JSON of a refusal: {@code type}, {@code title} (zh-CN) and {@code titleEn},
     * {@code status} 422, {@code detail} (zh-CN) and {@code detailEn}, {@code code} and, for input
     * errors and missing standards, {@code field}.
     */
    public static ObjectNode problem(Refusal r) {
        RefusalCode c = r.code();
        ObjectNode o = F.objectNode();
        o.put("type", problemType(c.name()));
        o.put("title", c.titleZh());
        o.put("titleEn", c.titleEn());
        o.put("status", REFUSED);
        o.put("detail", r.message());
        o.put("detailEn", r.messageEn());
        o.put("code", c.name());
        r.field().ifPresent(f -> o.put("field", f));
        return o;
    }

    /** Problem JSON ({@code 400}) for a body that is not JSON or not of the request's shape. */
    public static ObjectNode malformed(String path, String detailZh, String detailEn) {
        ObjectNode o = F.objectNode();
        o.put("type", problemType(MALFORMED_CODE));
        o.put("title", "请求格式不符");
        o.put("titleEn", "Malformed request");
        o.put("status", MALFORMED);
        o.put("detail", detailZh);
        o.put("detailEn", detailEn);
        o.put("code", MALFORMED_CODE);
        if (!path.isEmpty()) {
            o.put("field", path);
        }
        return o;
    }

    /** The problem {@code type} of a code: {@code MISSING_STANDARD → https://relief.example/problems/missing-standard}. */
    public static String problemType(String code) {
        return PROBLEM_TYPE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * A standard's value as text: yuan in the one money format ({@code "931.00"}, more decimals only
     * where the exact value has them, e.g. a yearly figure divided by 12); a plain number (ratio,
     * multiplier, months) as written ({@code "1.5"}, {@code "6"}). A well-known key says which it is;
     * another key is yuan when it ends in {@code .monthly}.
     */
    public static String standardValue(String key, java.math.BigDecimal value) {
        boolean yuan = org.relief.core.standards.WellKnownStandards.of(key).map(d -> d.measure().isYuan())
                .orElse(key.endsWith(".monthly"));
        if (yuan) {
            return Money.text(value);
        }
        java.math.BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** "720.00". */
    public static String yuan(Money m) {
        return m.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
