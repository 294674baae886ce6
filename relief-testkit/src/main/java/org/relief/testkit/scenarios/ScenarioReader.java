package org.relief.testkit.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.Money;
import org.relief.testkit.cases.CaseFileException;
import org.relief.testkit.cases.CaseReader;
import org.relief.testkit.json.JsonShapeException;
import org.relief.testkit.json.ReliefJson;
import org.relief.testkit.json.RequestReader;
import org.relief.testkit.json.StepReader;

/**
 * Reads {@code relief-scenarios/1} files strictly: an unknown key or step, a malformed date, month or
 * amount, a household not of the case-file shape, a step on a case the scenario has not applied for,
 * a duplicate id — each is a {@link MalformedScenario} naming the file, the scenario id, the step
 * index and the JSON path, which counts as a failed scenario. A path that cannot be read or a file
 * that is not JSON is a {@link CaseFileException} (the command line exits with status 2).
 */
public final class ScenarioReader {
    /** The value of {@code format}. */
    public static final String FORMAT = "relief-scenarios/1";

    private static final Set<String> FILE_KEYS = Set.of("format", "scenarios");
    private static final Set<String> SCENARIO_KEYS = Set.of("id", "rules", "note", "steps");
    private static final Set<String> COMMON = Set.of("do", "date", "expect");
    /** For each step, its keys besides {@code do}, {@code date}, {@code expect}: required ones first in {@link #REQUIRED}. */
    static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("apply", Set.of("case", "region", "program", "household", "application")),
            Map.entry("accept", Set.of("case")), Map.entry("object", Set.of("case")), Map.entry("withdraw", Set.of("case")),
            Map.entry("survey", Set.of("case", "surveyors", "household")),
            Map.entry("propose", Set.of("case", "opinion")), Map.entry("appraise", Set.of("case", "result")),
            Map.entry("extend", Set.of("case", "reason")), Map.entry("decide", Set.of("case", "decision")),
            Map.entry("review", Set.of("case", "household")), Map.entry("terminate", Set.of("case", "reason")),
            Map.entry("death", Set.of("case", "member")), Map.entry("fraud", Set.of("case", "from", "household")),
            Map.entry("publish", Set.of("region", "key", "value", "from")),
            Map.entry("prices", Set.of("region", "month", "cpi", "foodCpi")),
            Map.entry("grant", Set.of("grant", "region", "program", "household", "event")),
            Map.entry("roster", Set.of("region", "month", "submit")),
            Map.entry("sample", Set.of("region", "month", "seed", "cases")));
    static final Map<String, Set<String>> REQUIRED = Map.ofEntries(
            Map.entry("apply", Set.of("case", "region", "program", "household")),
            Map.entry("accept", Set.of("case")), Map.entry("object", Set.of("case")), Map.entry("withdraw", Set.of("case")),
            Map.entry("survey", Set.of("case", "surveyors")), Map.entry("propose", Set.of("case", "opinion")),
            Map.entry("appraise", Set.of("case", "result")), Map.entry("extend", Set.of("case", "reason")),
            Map.entry("decide", Set.of("case", "decision")), Map.entry("review", Set.of("case", "household")),
            Map.entry("terminate", Set.of("case", "reason")), Map.entry("death", Set.of("case", "member")),
            Map.entry("fraud", Set.of("case", "from", "household")),
            Map.entry("publish", Set.of("region", "key", "value", "from")),
            Map.entry("prices", Set.of("region", "month", "cpi", "foodCpi")),
            Map.entry("grant", Set.of("grant", "region", "program", "household", "event")),
            Map.entry("roster", Set.of("region", "month")), Map.entry("sample", Set.of("region", "month", "seed")));
    /** The keys of a step's {@code expect}. */
    public static final Set<String> EXPECT_KEYS = Set.of("error", "errorField", "state", "deadlines", "noticeEnds",
            "paymentFrom", "paymentUntil", "monthlyAmount", "nextReviewBy", "outcome", "reasons", "notReasons", "missing",
            "records", "recovery", "approvalLevel", "amount", "paid", "lines", "absentLines", "held", "absent", "dates",
            "alreadySubmitted", "size", "selected");
    private static final Set<String> DEADLINES = Set.of("surveyStartBy", "decisionBy", "proposalBy", "refusalNoticeBy",
            "paymentBy", "explanationBy");
    private static final Set<String> ROSTER_DATES = Set.of("rosterDueBy", "fundsDueBy", "paymentDueBy");
    private static final Set<String> STATES = Set.of("applied", "accepted", "surveyed", "proposed", "active", "refused",
            "withdrawn", "exiting", "terminated");
    private static final Set<String> OUTCOMES = Set.of("keep", "adjust", "gradualExit", "terminate");

    private ScenarioReader() {
    }

    /** Reads every scenario file among {@code paths} (a folder: every {@code *.json} under it, in name order). */
    public static List<ScenarioFile> readAll(List<Path> paths) throws CaseFileException {
        List<ScenarioFile> out = new ArrayList<>();
        for (Path p : paths) {
            for (Path f : CaseReader.files(p)) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.add(read(f.toString(), in));
                } catch (IOException e) {
                    throw new CaseFileException(f + ": cannot read: " + e.getMessage() + "（无法读取）", e);
                }
            }
        }
        return out;
    }

    /** Reads one scenario file from a stream ({@code file} names it in messages). */
    public static ScenarioFile read(String file, InputStream in) throws CaseFileException {
        JsonNode root;
        try {
            root = ReliefJson.parse(in);
        } catch (JsonProcessingException e) {
            throw new CaseFileException(file + ": not JSON: " + e.getOriginalMessage() + "（不是有效的 JSON）", e);
        } catch (IOException e) {
            throw new CaseFileException(file + ": cannot read: " + e.getMessage() + "（无法读取）", e);
        }
        List<ScenarioEntry> entries = new ArrayList<>();
        try {
            keys(root, "", FILE_KEYS);
            if (!FORMAT.equals(root.path("format").asText(null))) {
                throw new Bad("format", "format 须为 " + FORMAT, "format must be " + FORMAT);
            }
            JsonNode list = root.get("scenarios");
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new Bad("scenarios", "须为非空数组", "must be a non-empty array");
            }
        } catch (Bad b) {
            return new ScenarioFile(file, List.of(new MalformedScenario(file, -1, "(file)", b.path, b.zh, b.en)));
        }
        Set<String> ids = new HashSet<>();
        JsonNode list = root.get("scenarios");
        for (int i = 0; i < list.size(); i++) {
            entries.add(scenario(file, i, list.get(i), ids));
        }
        return new ScenarioFile(file, entries);
    }

    private static ScenarioEntry scenario(String file, int i, JsonNode s, Set<String> ids) {
        String at = "scenarios[" + i + "]";
        String id = s.path("id").isTextual() ? s.get("id").textValue() : at;
        try {
            keys(s, at, SCENARIO_KEYS);
            if (!s.path("id").isTextual() || s.get("id").textValue().isBlank()) {
                throw new Bad(at + ".id", "必填字段缺失", "is required (a non-blank string)");
            }
            if (!ids.add(id)) {
                throw new Bad(at + ".id", "场景编号重复：" + id, "duplicate scenario id " + id);
            }
            List<String> rules = strings(s, at, "rules");
            Optional<String> note = s.has("note") ? Optional.of(text(s, at, "note")) : Optional.empty();
            JsonNode steps = s.get("steps");
            if (steps == null || !steps.isArray() || steps.isEmpty()) {
                throw new Bad(at + ".steps", "须为非空数组", "must be a non-empty array");
            }
            List<ScenarioStep> out = new ArrayList<>();
            Set<String> cases = new LinkedHashSet<>();
            Set<String> grants = new HashSet<>();
            for (int j = 0; j < steps.size(); j++) {
                out.add(step(at + ".steps[" + j + "]", j, steps.get(j), cases, grants));
            }
            return new Scenario(file, i, id, rules, note, out);
        } catch (Bad b) {
            return new MalformedScenario(file, i, id, b.path, b.zh, b.en);
        }
    }

    private static ScenarioStep step(String at, int j, JsonNode n, Set<String> cases, Set<String> grants) {
        if (n == null || !n.isObject()) {
            throw new Bad(at, "步骤须为JSON对象", "a step must be a JSON object");
        }
        if (!n.path("do").isTextual()) {
            throw new Bad(at + ".do", "必填字段缺失：步骤名称", "is required: the step's name");
        }
        String code = n.get("do").textValue();
        Set<String> own = KEYS.get(code);
        if (own == null) {
            throw new Bad(at + ".do", "未知步骤 " + code, "unknown step '" + code + "' (one of " + new TreeSet<>(KEYS.keySet()) + ")");
        }
        Set<String> allowed = new HashSet<>(own);
        allowed.addAll(COMMON);
        keys(n, at, allowed);
        for (String k : REQUIRED.get(code)) {
            if (!n.has(k)) {
                throw new Bad(at + "." + k, "必填字段缺失", "is required for step " + code);
            }
        }
        date(n, at, "date");
        Optional<String> caseName = Optional.empty();
        if (own.contains("case")) {
            String c = text(n, at, "case");
            if (code.equals("apply")) {
                if (!cases.add(c)) {
                    throw new Bad(at + ".case", "案件名已用过：" + c, "case name " + c + " is applied for twice");
                }
            } else if (!cases.contains(c)) {
                throw new Bad(at + ".case", "场景中此前没有申请案件 " + c, "no case " + c + " was applied for earlier in the scenario");
            }
            caseName = Optional.of(c);
        }
        Optional<String> grant = Optional.empty();
        if (code.equals("grant")) {
            String g = text(n, at, "grant");
            if (!grants.add(g)) {
                throw new Bad(at + ".grant", "补助名已用过：" + g, "grant name " + g + " is used twice");
            }
            grant = Optional.of(g);
        }
        values(code, n, at, cases);
        ObjectNode raw = ((ObjectNode) n).deepCopy();
        raw.remove("expect");
        Optional<ObjectNode> expect = Optional.empty();
        if (n.has("expect")) {
            expect = Optional.of(expect(n.get("expect"), at + ".expect", cases));
        }
        return new ScenarioStep(j, code, caseName, grant, raw, expect);
    }

    private static void values(String code, JsonNode n, String at, Set<String> cases) {
        for (String k : List.of("region", "program", "opinion", "result", "reason", "decision", "member", "key", "seed")) {
            if (n.has(k)) {
                text(n, at, k);
            }
        }
        if (n.has("household")) {
            shape(() -> RequestReader.checkHouseholdShape(n.get("household"), "household"), at);
        }
        if (n.has("event")) {
            shape(() -> RequestReader.checkEventShape(n.get("event"), "event"), at);
        }
        if (n.has("application")) {
            keys(n.get("application"), at + ".application", StepReader.APPLICATION_KEYS);
            n.get("application").properties().forEach(e -> {
                if (e.getKey().equals("channel") ? !e.getValue().isTextual() : !e.getValue().isBoolean()) {
                    throw new Bad(at + ".application." + e.getKey(), "类型不符", "has the wrong JSON type");
                }
            });
        }
        if (n.has("surveyors") && !n.get("surveyors").isIntegralNumber()) {
            throw new Bad(at + ".surveyors", "须为整数", "must be a whole number");
        }
        if (n.has("submit") && !n.get("submit").isBoolean()) {
            throw new Bad(at + ".submit", "须为 true 或 false", "must be true or false");
        }
        if (n.has("from")) {
            if (code.equals("fraud")) {
                month(n, at, "from");
            } else {
                date(n, at, "from");
            }
        }
        if (n.has("month")) {
            month(n, at, "month");
        }
        if (n.has("value")) {
            decimal(n, at, "value");
        }
        for (String k : List.of("cpi", "foodCpi")) {
            if (n.has(k)) {
                decimal(n, at, k);
            }
        }
        if (n.has("cases")) {
            for (String c : strings(n, at, "cases")) {
                known(c, cases, at + ".cases");
            }
        }
    }

    private static ObjectNode expect(JsonNode e, String at, Set<String> cases) {
        keys(e, at, EXPECT_KEYS);
        if (e.isEmpty()) {
            throw new Bad(at, "expect 至少列出一项", "expect must list at least one key");
        }
        for (String k : List.of("error", "errorField")) {
            if (e.has(k)) {
                text(e, at, k);
            }
        }
        if (e.has("errorField") && !e.has("error")) {
            throw new Bad(at + ".errorField", "errorField 须与 error 一起使用", "errorField needs error");
        }
        if (e.has("state") && !STATES.contains(text(e, at, "state"))) {
            throw new Bad(at + ".state", "未知状态", "unknown state (one of " + new TreeSet<>(STATES) + ")");
        }
        if (e.has("outcome") && !OUTCOMES.contains(text(e, at, "outcome"))) {
            throw new Bad(at + ".outcome", "未知复核结果", "unknown outcome (one of " + new TreeSet<>(OUTCOMES) + ")");
        }
        if (e.has("approvalLevel") && !Set.of("township", "county").contains(text(e, at, "approvalLevel"))) {
            throw new Bad(at + ".approvalLevel", "须为 township 或 county", "must be township or county");
        }
        for (String k : List.of("noticeEnds", "nextReviewBy")) {
            if (e.has(k)) {
                date(e, at, k);
            }
        }
        for (String k : List.of("paymentFrom", "paymentUntil")) {
            if (e.has(k)) {
                month(e, at, k);
            }
        }
        for (String k : List.of("monthlyAmount", "recovery", "amount")) {
            if (e.has(k)) {
                amount(e.get(k), at + "." + k);
            }
        }
        for (String k : List.of("reasons", "notReasons", "missing", "records")) {
            if (e.has(k)) {
                strings(e, at, k);
            }
        }
        for (String k : List.of("paid", "alreadySubmitted")) {
            if (e.has(k) && !e.get(k).isBoolean()) {
                throw new Bad(at + "." + k, "须为 true 或 false", "must be true or false");
            }
        }
        if (e.has("size") && !e.get("size").isIntegralNumber()) {
            throw new Bad(at + ".size", "须为整数", "must be a whole number");
        }
        dateMap(e, at, "deadlines", DEADLINES);
        dateMap(e, at, "dates", ROSTER_DATES);
        if (e.has("lines")) {
            JsonNode lines = object(e, at, "lines");
            lines.properties().forEach(c -> {
                known(c.getKey(), cases, at + ".lines");
                if (!c.getValue().isObject()) {
                    throw new Bad(at + ".lines." + c.getKey(), "须为对象（行代码 → 金额）", "must be an object of line code → yuan");
                }
                c.getValue().properties().forEach(l -> amount(l.getValue(), at + ".lines." + c.getKey() + "." + l.getKey()));
            });
        }
        if (e.has("absentLines")) {
            object(e, at, "absentLines").properties().forEach(c -> {
                known(c.getKey(), cases, at + ".absentLines");
                strings(e.get("absentLines"), at + ".absentLines", c.getKey());
            });
        }
        for (String k : List.of("held", "absent", "selected")) {
            if (e.has(k)) {
                for (String c : strings(e, at, k)) {
                    known(c, cases, at + "." + k);
                }
            }
        }
        return (ObjectNode) e.deepCopy();
    }

    // ---- small strict helpers (problems are Bad, turned into MalformedScenario)

    private static void keys(JsonNode n, String at, Set<String> allowed) {
        if (n == null || !n.isObject()) {
            throw new Bad(at, "须为JSON对象", "must be a JSON object");
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new Bad(join(at, k), "未知字段 " + k, "unknown key '" + k + "' (allowed: " + new TreeSet<>(allowed) + ")");
            }
            if (n.get(k).isNull()) {
                throw new Bad(join(at, k), "不能为 null", "must not be null");
            }
        });
    }

    private static String text(JsonNode n, String at, String k) {
        JsonNode v = n.get(k);
        if (v == null || !v.isTextual()) {
            throw new Bad(join(at, k), "须为字符串", "must be a string");
        }
        return v.textValue();
    }

    private static JsonNode object(JsonNode n, String at, String k) {
        JsonNode v = n.get(k);
        if (!v.isObject()) {
            throw new Bad(join(at, k), "须为JSON对象", "must be a JSON object");
        }
        return v;
    }

    private static List<String> strings(JsonNode n, String at, String k) {
        JsonNode v = n.get(k);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new Bad(join(at, k), "须为字符串数组", "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new Bad(join(at, k) + "[" + i + "]", "须为字符串", "must be a string");
            }
            out.add(v.get(i).textValue());
        }
        return out;
    }

    private static void date(JsonNode n, String at, String k) {
        String t = text(n, at, k);
        try {
            LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new Bad(join(at, k), "日期须为存在的 ISO 日期 YYYY-MM-DD，收到 " + t, "must be an existing ISO date YYYY-MM-DD, got " + t);
        }
    }

    private static void month(JsonNode n, String at, String k) {
        String t = text(n, at, k);
        try {
            StepReader.month(t, k);
        } catch (InvalidInputException e) {
            throw new Bad(join(at, k), e.messageZh(), e.messageEn());
        }
    }

    private static void decimal(JsonNode n, String at, String k) {
        String t = text(n, at, k);
        if (!t.matches("\\d+(\\.\\d+)?")) {
            throw new Bad(join(at, k), "须为字符串形式的非负数，收到 " + t, "must be a non-negative number in a string, got " + t);
        }
    }

    private static void amount(JsonNode v, String at) {
        if (v == null || !v.isTextual()) {
            throw new Bad(at, "金额须为字符串（如 \"720.00\"）", "an amount must be a string (e.g. \"720.00\")");
        }
        try {
            Money.parse(v.textValue(), at);
        } catch (InvalidInputException e) {
            throw new Bad(at, e.messageZh(), e.messageEn());
        }
    }

    private static void dateMap(JsonNode e, String at, String k, Set<String> names) {
        if (!e.has(k)) {
            return;
        }
        JsonNode m = object(e, at, k);
        keys(m, join(at, k), names);
        m.fieldNames().forEachRemaining(d -> date(m, join(at, k), d));
    }

    private static void known(String c, Set<String> cases, String at) {
        if (!cases.contains(c)) {
            throw new Bad(at, "场景中此前没有申请案件 " + c, "no case " + c + " was applied for earlier in the scenario");
        }
    }

    private static void shape(Runnable check, String at) {
        try {
            check.run();
        } catch (JsonShapeException e) {
            throw new Bad(join(at, e.path()), e.messageZh(), e.messageEn());
        }
    }

    private static String join(String at, String k) {
        return at.isEmpty() ? k : at + "." + k;
    }

    /** A shape problem found while reading, with its JSON path. */
    private static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;
        final String zh;
        final String en;

        Bad(String path, String zh, String en) {
            super(path + ": " + en, null, false, false);
            this.path = path;
            this.zh = zh;
            this.en = en;
        }
    }
}
