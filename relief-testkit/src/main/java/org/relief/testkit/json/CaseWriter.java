package org.relief.testkit.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.relief.core.engine.Reason;
import org.relief.core.engine.TraceEntry;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseRecord;
import org.relief.core.lifecycle.StepRecord;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.lifecycle.StepReport;
import org.relief.core.model.RefusalCode;

/**
 * Writes cases and step refusals as the HTTP binding of {@code relief-scenarios/1} answers them: a
 * case after a step carries every key of the step expectations under the same names ({@code state},
 * {@code deadlines}, {@code noticeEnds}, {@code paymentFrom}, {@code paymentUntil},
 * {@code monthlyAmount}, {@code nextReviewBy}, {@code outcome}, {@code reasons}, {@code missing},
 * {@code records}, {@code recovery}, {@code approvalLevel}) and the step's trace; a refusal is
 * RFC 9457 problem JSON with {@code code}, {@code field}, and for a determination that was not
 * eligible its {@code missing} inputs and {@code reasons}. Stateless and thread-safe.
 */
public final class CaseWriter {
    /** HTTP status of a taken step. */
    public static final int OK = 200;
    /** HTTP status of an opened case or a recorded grant. */
    public static final int CREATED = 201;
    /** HTTP status of a case the caller cannot see. */
    public static final int NOT_FOUND = 404;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Map<String, String[]> TITLES = Map.ofEntries(
            Map.entry(StepRefusal.CONSENT_REQUIRED, new String[] {"未授权核对家庭经济状况", "Consent required"}),
            Map.entry(StepRefusal.HONESTY_COMMITMENT_REQUIRED, new String[] {"未签署守信承诺", "Honesty commitment required"}),
            Map.entry(StepRefusal.TOO_FEW_SURVEYORS, new String[] {"调查人员不足", "Too few surveyors"}),
            Map.entry(StepRefusal.NOT_ELIGIBLE, new String[] {"不符合条件", "Not eligible"}),
            Map.entry(StepRefusal.NOTICE_NOT_ENDED, new String[] {"公示期未满", "Notice not ended"}),
            Map.entry(StepRefusal.APPRAISAL_REQUIRED, new String[] {"须民主评议", "Appraisal required"}),
            Map.entry(StepRefusal.STEP_NOT_ALLOWED, new String[] {"当前状态不能办理该步骤", "Step not allowed"}),
            Map.entry(StepRefusal.UNSUPPORTED_IN_REGION, new String[] {"本地区无此办理事项", "Unsupported in region"}),
            Map.entry(StepRefusal.STEP_OUT_OF_ORDER, new String[] {"步骤日期早于上一步骤", "Step out of order"}),
            Map.entry(StepRefusal.REVIEW_INCOMPLETE, new String[] {"复核信息不全", "Review incomplete"}),
            Map.entry(StepRefusal.UNKNOWN_CASE, new String[] {"案件不存在", "Unknown case"}));

    private CaseWriter() {
    }

    /** The case after its last step: the keys of the step expectations, the step's trace and determination. */
    public static ObjectNode write(Case c) {
        ObjectNode o = summary(c);
        StepRecord last = c.steps().get(c.steps().size() - 1);
        StepReport r = last.report();
        r.monthlyAmount().ifPresent(m -> o.put("monthlyAmount", DeterminationWriter.yuan(m)));
        r.outcome().ifPresent(x -> o.put("outcome", x.code()));
        r.recovery().ifPresent(m -> o.put("recovery", DeterminationWriter.yuan(m)));
        ArrayNode reasons = o.withArray("reasons");
        r.reasons().forEach(x -> reasons.add(reason(x)));
        ArrayNode missing = o.putArray("missing");
        r.missing().forEach(missing::add);
        o.set("step", step(last));
        return o;
    }

    /** The case with every step, each with its trace and determination (a case's full record). */
    public static ObjectNode writeWithSteps(Case c) {
        ObjectNode o = summary(c);
        ArrayNode steps = o.putArray("steps");
        c.steps().forEach(s -> steps.add(step(s)));
        return o;
    }

    private static ObjectNode summary(Case c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id().value());
        o.put("reference", c.reference());
        o.put("program", c.program().id());
        o.put("region", c.county().value());
        o.put("state", c.state().code());
        ObjectNode deadlines = o.putObject("deadlines");
        c.deadlines().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> deadlines.put(e.getKey().code(), e.getValue().toString()));
        c.notice().ifPresent(n -> o.put("noticeEnds", n.ends().toString()));
        c.paymentFrom().ifPresent(m -> o.put("paymentFrom", m.toString()));
        c.paymentUntil().ifPresent(m -> o.put("paymentUntil", m.toString()));
        c.nextReviewBy().ifPresent(d -> o.put("nextReviewBy", d.toString()));
        c.decision().flatMap(d -> d.approvalLevel()).ifPresent(l -> o.put("approvalLevel", l.code()));
        c.keptDibao().flatMap(k -> k.monthly()).ifPresent(m -> o.put("keptMonthly", DeterminationWriter.yuan(m)));
        ArrayNode reasons = o.putArray("reasons");
        c.reasons().forEach(x -> reasons.add(reason(x)));
        ArrayNode records = o.putArray("records");
        for (CaseRecord rec : c.records()) {
            ObjectNode ro = records.addObject();
            ro.put("code", rec.code());
            ro.put("date", rec.date().toString());
            ro.put("rule", rec.rule());
            ro.put("message", rec.message());
            ro.put("messageEn", rec.messageEn());
            ObjectNode fields = ro.putObject("fields");
            rec.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> fields.put(e.getKey(), e.getValue()));
        }
        return o;
    }

    private static ObjectNode step(StepRecord s) {
        ObjectNode o = F.objectNode();
        o.put("index", s.index());
        o.put("do", s.step().code());
        o.put("date", s.step().date().toString());
        o.set("trace", trace(s.report().trace()));
        s.report().determination().ifPresent(d -> o.set("determination", DeterminationWriter.write(d)));
        return o;
    }

    /** A step refusal as problem JSON: {@code 404} for {@code UNKNOWN_CASE}, else {@code 422}. */
    public static JsonAnswer answer(StepRefusal r) {
        return new JsonAnswer(status(r), problem(r));
    }

    /** The problem JSON of a step refusal. */
    public static ObjectNode problem(StepRefusal r) {
        String[] title = title(r.code());
        ObjectNode o = F.objectNode();
        o.put("type", DeterminationWriter.problemType(r.code()));
        o.put("title", title[0]);
        o.put("titleEn", title[1]);
        o.put("status", status(r));
        o.put("detail", r.message());
        o.put("detailEn", r.messageEn());
        o.put("code", r.code());
        r.field().ifPresent(f -> o.put("field", f));
        ArrayNode missing = o.putArray("missing");
        r.missing().forEach(missing::add);
        ArrayNode reasons = o.putArray("reasons");
        r.reasons().forEach(x -> reasons.add(reason(x)));
        o.set("trace", trace(r.trace()));
        return o;
    }

    private static int status(StepRefusal r) {
        return r.code().equals(StepRefusal.UNKNOWN_CASE) ? NOT_FOUND : DeterminationWriter.REFUSED;
    }

    private static String[] title(String code) {
        String[] t = TITLES.get(code);
        if (t != null) {
            return t;
        }
        for (RefusalCode c : RefusalCode.values()) {
            if (c.name().equals(code)) {
                return new String[] {c.titleZh(), c.titleEn()};
            }
        }
        return new String[] {"步骤被拒绝", "Step refused"};
    }

    static ObjectNode reason(Reason r) {
        ObjectNode ro = F.objectNode();
        ro.put("code", r.code());
        ro.put("message", r.message());
        ro.put("messageEn", r.messageEn());
        ro.put("rule", r.rule());
        return ro;
    }

    private static ArrayNode trace(java.util.List<TraceEntry> entries) {
        ArrayNode trace = F.arrayNode();
        for (TraceEntry t : entries) {
            ObjectNode to = trace.addObject();
            to.put("rule", t.rule());
            to.put("citation", t.citation());
            to.put("title", t.title());
            to.put("slot", t.slot());
            t.overrides().ifPresent(v -> to.put("overrides", v));
            ObjectNode inputs = to.putObject("inputs");
            t.inputs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> inputs.put(e.getKey(), e.getValue()));
            to.put("result", t.result());
        }
        return trace;
    }
}
