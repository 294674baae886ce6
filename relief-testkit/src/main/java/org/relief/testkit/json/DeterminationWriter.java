package org.relief.testkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    // Names and the trace's constant texts written as pre-encoded UTF-8 (Jackson's SerializedString): a trace
    // repeats its rules' ids, citations, titles and slots on every determination (issue 19).
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString CITATION = new SerializedString("citation");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString SLOT = new SerializedString("slot");
    private static final SerializedString OVERRIDES = new SerializedString("overrides");
    private static final SerializedString INPUTS = new SerializedString("inputs");
    private static final SerializedString RESULT = new SerializedString("result");
    /** Encoded texts of the modules' rules, by text; bounded (the texts come from the loaded modules, a few hundred). */
    private static final Map<String, SerializedString> ENCODED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_ENCODED = 10_000;
    /** Each origin's name as written ({@code override}, {@code published}, …). */
    private static final String[] ORIGINS = java.util.Arrays.stream(StandardValue.Origin.values())
            .map(o -> o.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    private static void writeConstant(JsonGenerator g, SerializedString name, String text) throws IOException {
        SerializedString encoded = ENCODED.get(text);
        if (encoded == null) {
            encoded = new SerializedString(text);
            if (ENCODED.size() < MAX_ENCODED) {
                ENCODED.put(text, encoded);
            }
        }
        g.writeFieldName(name);
        g.writeString(encoded);
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
     * {@link #answer(Determination)} for the status). The tree is read from what
     * {@link #write(Determination, JsonGenerator)} streams, so that both forms are one shape.
     */
    public static ObjectNode write(Determination d) {
        if (d.refusal().isPresent()) {
            return problem(d.refusal().get());
        }
        return tree(g -> write(d, g));
    }

    /**
     * Streams a determination that was not refused as the binding's JSON object: what a server writes
     * straight to its answer, without a tree in between. Keys in the order of {@link #write(Determination)}'s
     * tree; a trace entry's inputs sorted by key.
     *
     * @throws IllegalArgumentException when the determination was refused (write its {@link #problem(Refusal)})
     */
    public static void write(Determination d, JsonGenerator g) throws IOException {
        if (d.refusal().isPresent()) {
            throw new IllegalArgumentException("a refused determination is written as its problem JSON");
        }
        g.writeStartObject();
        g.writeStringField("outcome", d.outcome().code());
        if (d.monthlyAmount().isPresent()) {
            g.writeStringField("monthlyAmount", yuan(d.monthlyAmount().get()));
        }
        if (d.amount().isPresent()) {
            g.writeStringField("amount", yuan(d.amount().get()));
        }
        if (d.amountMin().isPresent()) {
            g.writeStringField("amountMin", yuan(d.amountMin().get()));
        }
        if (d.amountMax().isPresent()) {
            g.writeStringField("amountMax", yuan(d.amountMax().get()));
        }
        g.writeObjectFieldStart("lines");
        writeLines(d.lines(), g);
        g.writeEndObject();
        g.writeArrayFieldStart("reasons");
        for (Reason r : d.reasons()) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeStringField("message", r.message());
            g.writeStringField("messageEn", r.messageEn());
            g.writeStringField("rule", r.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missing");
        for (String m : d.missing()) {
            g.writeString(m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("measures");
        for (String m : d.measures()) {
            g.writeString(m);
        }
        g.writeEndArray();
        if (d.procedure().isPresent()) {
            g.writeFieldName("procedure");
            writeProcedure(d.procedure().get(), g);
        }
        g.writeArrayFieldStart("trace");
        for (TraceEntry t : d.trace()) {
            g.writeStartObject();
            writeConstant(g, RULE, t.rule());
            writeConstant(g, CITATION, t.citation());
            writeConstant(g, TITLE, t.title());
            writeConstant(g, SLOT, t.slot());
            if (t.overrides().isPresent()) {
                writeConstant(g, OVERRIDES, t.overrides().get());
            }
            g.writeFieldName(INPUTS);
            g.writeStartObject();
            Map<String, String> inputs = t.inputs();
            if (inputs.size() == 1) {
                Map.Entry<String, String> e = inputs.entrySet().iterator().next();
                g.writeStringField(e.getKey(), e.getValue());
            } else if (!inputs.isEmpty()) {
                String[] names = inputs.keySet().toArray(new String[0]);
                java.util.Arrays.sort(names);
                for (String name : names) {
                    g.writeStringField(name, inputs.get(name));
                }
            }
            g.writeEndObject();
            g.writeFieldName(RESULT);
            g.writeString(t.result());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("versions");
        writeVersions(d.versions(), g);
        g.writeEndObject();
    }

    /**
     * The lines as object fields. Two lines of one code would be one key, the last amount at the
     * first one's place (as an object node keeps them), so a key is never written twice.
     */
    private static void writeLines(List<AmountLine> lines, JsonGenerator g) throws IOException {
        boolean distinct = true;
        for (int i = 0; i < lines.size() && distinct; i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).code().equals(lines.get(j).code())) {
                    distinct = false;
                    break;
                }
            }
        }
        if (distinct) {
            for (AmountLine l : lines) {
                g.writeStringField(l.code(), yuan(l.amount()));
            }
            return;
        }
        Map<String, String> byCode = new LinkedHashMap<>();
        lines.forEach(l -> byCode.put(l.code(), yuan(l.amount())));
        for (Map.Entry<String, String> e : byCode.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
    }

    /** The procedure object. */
    public static ObjectNode procedure(Procedure p) {
        return tree(g -> writeProcedure(p, g));
    }

    private static void writeProcedure(Procedure p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("democraticAppraisal", p.democraticAppraisal());
        g.writeStringField("approvalLevel", p.approvalLevel().code());
        g.writeNumberField("publicNoticeDays", p.publicNoticeDays());
        g.writeNumberField("reviewIntervalMonths", p.reviewIntervalMonths());
        g.writeEndObject();
    }

    /** Something written to a generator. */
    @FunctionalInterface
    private interface Streamed {
        void writeTo(JsonGenerator g) throws IOException;
    }

    /** The object node of what {@code streamed} writes (one definition of each shape, streamed or as a tree). */
    private static ObjectNode tree(Streamed streamed) {
        try (TokenBuffer buffer = new TokenBuffer(ReliefJson.mapper(), false)) {
            streamed.writeTo(buffer);
            try (JsonParser p = buffer.asParser()) {
                return ReliefJson.mapper().readTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions object: engine, module, module version and every standard used with its provenance. */
    public static ObjectNode versions(Versions v) {
        return tree(g -> writeVersions(v, g));
    }

    private static void writeVersions(Versions v, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("engine", v.engine());
        g.writeStringField("module", v.module());
        g.writeStringField("moduleVersion", v.moduleVersion());
        g.writeArrayFieldStart("standards");
        for (StandardValue s : v.standards()) {
            g.writeStartObject();
            g.writeStringField("key", s.key());
            g.writeStringField("value", standardValue(s.key(), s.value()));
            g.writeStringField("origin", ORIGINS[s.origin().ordinal()]);
            if (s.area().isPresent()) {
                g.writeStringField("area", s.area().get().value());
            }
            if (s.effectiveFrom().isPresent()) {
                g.writeStringField("effectiveFrom", s.effectiveFrom().get().toString());
            }
            g.writeStringField("provenance", s.provenance().describe());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
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
