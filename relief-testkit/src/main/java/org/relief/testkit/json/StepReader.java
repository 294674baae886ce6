package org.relief.testkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relief.core.lifecycle.AppraisalResult;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.TerminationReason;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.Coded;
import org.relief.core.model.Household;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.ProgramId;

/**
 * Reads the steps of the case lifecycle in the HTTP binding of {@code relief-scenarios/1}, strictly:
 * {@link #readApply} the body of {@code POST /api/v1/cases} (the {@code apply} step with its
 * {@code reference}), {@link #readStep} the body of {@code POST /api/v1/cases/{id}/steps} (a later
 * step, with its {@code do}). Shape problems are {@link JsonShapeException}s (400), value problems
 * {@link InvalidInputException}s naming the path (422), as for determinations.
 */
public final class StepReader {
    /** The keys of an {@code apply} body. */
    public static final Set<String> APPLY_KEYS = Set.of("reference", "date", "region", "program", "household", "application");
    /** The keys of a step's {@code application}: the case-file keys plus the lifecycle's declarations. */
    public static final Set<String> APPLICATION_KEYS = Set.of("disputed", "channel", "townshipDelegated", "onResidencePermit",
            "consent", "honestyCommitment", "staffRelative");
    /** For each later step, the keys of its body besides {@code do} and {@code date}. */
    public static final Map<String, Set<String>> STEP_KEYS = Map.ofEntries(
            Map.entry("accept", Set.of()), Map.entry("object", Set.of()), Map.entry("withdraw", Set.of()),
            Map.entry("survey", Set.of("surveyors", "household")), Map.entry("propose", Set.of("opinion")),
            Map.entry("appraise", Set.of("result")), Map.entry("extend", Set.of("reason")),
            Map.entry("decide", Set.of("decision")), Map.entry("review", Set.of("household")),
            Map.entry("terminate", Set.of("reason")), Map.entry("death", Set.of("member")),
            Map.entry("fraud", Set.of("from", "household")));

    private StepReader() {
    }

    /** Reads the body of an {@code apply} (its {@code reference} is the county's case number). */
    public static Step.Apply readApply(JsonNode body) {
        StrictObject o = StrictObject.of(body, "", APPLY_KEYS);
        String reference = o.requireText("reference");
        LocalDate date = date(o);
        String region = o.requireText("region");
        String program = o.requireText("program");
        JsonNode household = o.require("household");
        Optional<StrictObject> application = o.object("application", APPLICATION_KEYS);
        application.ifPresent(StepReader::checkApplicationShape);
        Household h = RequestReader.readHousehold(household, "household");
        ApplicationForm form = application.map(StepReader::form)
                .orElse(new ApplicationForm(Application.DEFAULT, false, false, false));
        return new Step.Apply(date, reference, AdminCode.parse(region, "region"), program(program), h, form);
    }

    /** Reads the body of a later step: {@code do}, {@code date} and the step's own keys. */
    public static Step readStep(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new JsonShapeException("", "须为JSON对象", "must be a JSON object");
        }
        JsonNode rawDo = body.get("do");
        if (rawDo == null || !rawDo.isTextual()) {
            throw new JsonShapeException("do", "必填字段缺失：步骤名称（do）", "is required: the step's name (do)");
        }
        String code = rawDo.textValue();
        Set<String> own = STEP_KEYS.get(code);
        if (own == null) {
            throw new JsonShapeException("do", "未知步骤 " + code, "unknown step '" + code + "' (one of "
                    + String.join(", ", new java.util.TreeSet<>(STEP_KEYS.keySet())) + ")");
        }
        Set<String> allowed = new HashSet<>(own);
        allowed.add("do");
        allowed.add("date");
        StrictObject o = StrictObject.of(body, "", allowed);
        LocalDate date = date(o);
        switch (code) {
            case "accept":
                return new Step.Accept(date);
            case "object":
                return new Step.Objection(date);
            case "withdraw":
                return new Step.Withdraw(date);
            case "survey": {
                int n = o.integer("surveyors").orElseThrow(() -> new JsonShapeException("surveyors", "必填字段缺失", "is required"));
                Optional<Household> h = o.opt("household").map(v -> RequestReader.readHousehold(v, "household"));
                return new Step.Survey(date, n, h);
            }
            case "propose":
                return new Step.Propose(date, coded(o, "opinion", Verdict.class));
            case "appraise":
                return new Step.Appraise(date, coded(o, "result", AppraisalResult.class));
            case "extend":
                return new Step.Extend(date, o.requireText("reason"));
            case "decide":
                return new Step.Decide(date, coded(o, "decision", Verdict.class));
            case "review":
                return new Step.Review(date, RequestReader.readHousehold(o.require("household"), "household"));
            case "terminate":
                return new Step.Terminate(date, coded(o, "reason", TerminationReason.class));
            case "death":
                return new Step.Death(date, o.requireText("member"));
            case "fraud":
                return new Step.Fraud(date, month(o.requireText("from"), "from"),
                        RequestReader.readHousehold(o.require("household"), "household"));
            default:
                throw new IllegalStateException(code);
        }
    }

    /** A month {@code YYYY-MM}, an input error naming {@code path} otherwise. */
    public static YearMonth month(String text, String path) {
        try {
            if (!text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("shape", text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(path, "月份须为 YYYY-MM，收到 " + text, "a month is YYYY-MM, got " + text);
        }
    }

    private static LocalDate date(StrictObject o) {
        return StrictObject.dateValue(o.requireText("date"), "date");
    }

    private static ProgramId program(String text) {
        try {
            return ProgramId.of(text);
        } catch (InvalidInputException e) {
            throw InvalidInputException.invalid("program", e.messageZh(), e.messageEn());
        }
    }

    private static <E extends Enum<E> & Coded> E coded(StrictObject o, String key, Class<E> type) {
        o.requireText(key);
        return o.coded(key, type).orElseThrow();
    }

    private static void checkApplicationShape(StrictObject a) {
        a.bool("disputed");
        a.text("channel");
        a.bool("townshipDelegated");
        a.bool("onResidencePermit");
        a.bool("consent");
        a.bool("honestyCommitment");
        a.bool("staffRelative");
    }

    private static ApplicationForm form(StrictObject a) {
        return new ApplicationForm(RequestReader.readApplication(a), a.bool("consent").orElse(false),
                a.bool("honestyCommitment").orElse(false), a.bool("staffRelative").orElse(false));
    }
}
