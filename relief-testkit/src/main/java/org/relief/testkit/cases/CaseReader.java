package org.relief.testkit.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.Money;
import org.relief.core.model.RefusalCode;
import org.relief.testkit.json.JsonShapeException;
import org.relief.testkit.json.ReliefJson;
import org.relief.testkit.json.RequestReader;

/**
 * Reads {@code relief-cases/1} files strictly (docs/case-format.md). A path that cannot be read, or a file
 * that is not JSON, is a {@link CaseFileException}; every other problem — a file that is not of the
 * format, a case with an unknown key, a missing required key, a malformed expectation, an empty
 * {@code expect}, a duplicate id — is a {@link MalformedCase} naming the file, the case id and the
 * JSON path, which counts as a failed case: a typo never makes a case pass silently.
 *
 * <pre>{@code
 * List<CaseFile> files = CaseReader.readAll(List.of(Path.of("src/main/resources/relief-cases")));
 * }</pre>
 */
public final class CaseReader {
    /** The value of {@code format}. */
    public static final String FORMAT = "relief-cases/1";
    /** The keys of a case beside the request keys. */
    public static final Set<String> CASE_ONLY_KEYS = Set.of("id", "rules", "note", "expect");

    private static final Set<String> FILE_KEYS = Set.of("format", "cases");
    private static final Set<String> CASE_KEYS;
    private static final Set<String> OUTCOMES = Set.of("eligible", "ineligible", "undetermined");
    private static final Set<String> PROCEDURE_KEYS = Set.of("democraticAppraisal", "approvalLevel",
            "publicNoticeDays", "reviewIntervalMonths");

    static {
        Set<String> keys = new HashSet<>(RequestReader.REQUEST_KEYS);
        keys.addAll(CASE_ONLY_KEYS);
        CASE_KEYS = Set.copyOf(keys);
    }

    private CaseReader() {
    }

    /**
     * Reads every case file among {@code paths}: a file is read as it is; a folder contributes
     * every {@code *.json} file under it, recursively, in name order.
     *
     * @throws CaseFileException when a path does not exist, cannot be read, or a file is not JSON,
     *                           or a folder holds no {@code *.json} file
     */
    public static List<CaseFile> readAll(List<Path> paths) throws CaseFileException {
        List<CaseFile> out = new ArrayList<>();
        for (Path p : paths) {
            for (Path f : files(p)) {
                out.add(read(f));
            }
        }
        return out;
    }

    /** The case files a path names: itself, or the {@code *.json} files under a folder. */
    public static List<Path> files(Path p) throws CaseFileException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                List<Path> found = s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".json"))
                        .sorted().collect(Collectors.toList());
                if (found.isEmpty()) {
                    throw new CaseFileException(p + ": no *.json case file in this folder（文件夹中没有 *.json 案例文件）");
                }
                return found;
            } catch (IOException e) {
                throw new CaseFileException(p + ": cannot read the folder: " + e.getMessage() + "（无法读取文件夹）", e);
            }
        }
        if (!Files.isRegularFile(p)) {
            throw new CaseFileException(p + ": no such file or folder（文件或文件夹不存在）");
        }
        return List.of(p);
    }

    /** Reads one case file. */
    public static CaseFile read(Path file) throws CaseFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new CaseFileException(file + ": cannot read: " + e.getMessage() + "（无法读取）", e);
        }
    }

    /**
     * Reads one case file from a stream.
     *
     * @param file the name used in messages
     */
    public static CaseFile read(String file, InputStream in) throws CaseFileException {
        JsonNode root;
        try {
            root = ReliefJson.parse(in);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Duplicate field")) {
                String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
                return new CaseFile(file, List.of(new MalformedCase(file, -1, "(file)", "",
                        "重复的字段" + where + "：" + msg, msg + where)));
            }
            throw new CaseFileException(file + ": not JSON: " + (msg == null ? "" : msg.replaceAll("\\[Source: [^;]*; ", "["))
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")") + "（不是有效的JSON）", e);
        } catch (IOException e) {
            throw new CaseFileException(file + ": cannot read: " + e.getMessage() + "（无法读取）", e);
        }
        return read(file, root);
    }

    /** Reads the cases of a parsed file. */
    public static CaseFile read(String file, JsonNode root) {
        List<CaseEntry> entries = new ArrayList<>();
        try {
            checkKeys(root, "", FILE_KEYS);
            JsonNode format = root.get("format");
            if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
                throw new JsonShapeException("format", "须为 \"" + FORMAT + "\"，收到 " + format,
                        "must be \"" + FORMAT + "\", got " + format);
            }
            JsonNode cases = root.get("cases");
            if (cases == null || !cases.isArray() || cases.isEmpty()) {
                throw new JsonShapeException("cases", "须为非空的案例数组", "must be a non-empty array of cases");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < cases.size(); i++) {
                entries.add(readCase(file, i, cases.get(i), ids));
            }
        } catch (JsonShapeException e) {
            entries.add(new MalformedCase(file, -1, "(file)", e.path(), e.messageZh(), e.messageEn()));
        }
        return new CaseFile(file, entries);
    }

    private static CaseEntry readCase(String file, int i, JsonNode c, Set<String> ids) {
        String at = "cases[" + i + "]";
        String id = at;
        try {
            if (c == null || !c.isObject()) {
                throw new JsonShapeException("", "案例须为JSON对象", "a case must be a JSON object");
            }
            JsonNode idNode = c.get("id");
            if (idNode == null || !idNode.isTextual() || idNode.textValue().isBlank()) {
                throw new JsonShapeException("id", "必填：非空字符串", "is required: a non-blank string");
            }
            id = idNode.textValue();
            if (!ids.add(id)) {
                throw new JsonShapeException("id", "案例编号在本文件中重复：" + id, "duplicate case id in this file: " + id);
            }
            checkKeys(c, "", CASE_KEYS);
            List<String> rules = texts(c, "rules");
            Optional<String> note = optText(c, "note");
            JsonNode e = c.get("expect");
            if (e == null || e.isNull()) {
                throw new JsonShapeException("expect", "必填字段缺失", "is required");
            }
            Expectation expect = expectation(e);
            ObjectNode body = ((ObjectNode) c).deepCopy();
            body.remove(CASE_ONLY_KEYS);
            RequestReader.checkShape(body);
            Optional<DeterminationRequest> request = Optional.empty();
            Optional<InvalidInputException> error = Optional.empty();
            try {
                request = Optional.of(RequestReader.read(body));
            } catch (InvalidInputException x) {
                error = Optional.of(x);
            }
            return new ConformanceCase(file, i, id, rules, note, body.get("region").textValue(),
                    body.get("program").textValue(), body.get("date").textValue(), body, expect, request, error);
        } catch (JsonShapeException x) {
            JsonShapeException placed = x.under(at + ".");
            return new MalformedCase(file, i, id, placed.path(), placed.messageZh(), placed.messageEn());
        }
    }

    private static Expectation expectation(JsonNode e) {
        checkKeys(e, "expect", new HashSet<>(Expectation.KEYS));
        if (e.isEmpty()) {
            throw new JsonShapeException("expect", "至少须列出一项期望", "must list at least one key");
        }
        Optional<String> outcome = optText(e, "expect", "outcome");
        outcome.ifPresent(o -> {
            if (!OUTCOMES.contains(o)) {
                throw new JsonShapeException("expect.outcome", "须为 eligible、ineligible 或 undetermined，收到 " + o,
                        "must be eligible, ineligible or undetermined, got " + o);
            }
        });
        Optional<Boolean> eligible = Optional.ofNullable(e.get("eligible")).map(v -> {
            if (!v.isBoolean()) {
                throw new JsonShapeException("expect.eligible", "须为 true 或 false", "must be true or false");
            }
            return v.booleanValue();
        });
        Map<String, Money> lines = new LinkedHashMap<>();
        JsonNode l = e.get("lines");
        if (l != null) {
            if (!l.isObject()) {
                throw new JsonShapeException("expect.lines", "须为对象（代码 → 金额字符串）", "must be an object (code → yuan string)");
            }
            for (Map.Entry<String, JsonNode> en : l.properties()) {
                lines.put(en.getKey(), money(en.getValue(), "expect.lines." + en.getKey()));
            }
        }
        Map<String, JsonNode> procedure = new LinkedHashMap<>();
        JsonNode p = e.get("procedure");
        if (p != null) {
            checkKeys(p, "expect.procedure", PROCEDURE_KEYS);
            for (Map.Entry<String, JsonNode> en : p.properties()) {
                String k = en.getKey();
                JsonNode v = en.getValue();
                boolean ok = switch (k) {
                    case "democraticAppraisal" -> v.isBoolean();
                    case "approvalLevel" -> v.isTextual() && Set.of("township", "county").contains(v.textValue());
                    default -> v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0;
                };
                if (!ok) {
                    throw new JsonShapeException("expect.procedure." + k, "取值类型不符：" + v, "wrong value " + v
                            + " (democraticAppraisal: bool, approvalLevel: township|county, days/months: whole numbers)");
                }
                procedure.put(k, v);
            }
            if (procedure.isEmpty()) {
                throw new JsonShapeException("expect.procedure", "至少须列出一项", "must list at least one key");
            }
        }
        Optional<String> error = optText(e, "expect", "error");
        error.ifPresent(code -> {
            if (Arrays.stream(RefusalCode.values()).noneMatch(r -> r.name().equals(code))) {
                throw new JsonShapeException("expect.error", "未知的拒绝代码 " + code, "unknown refusal code " + code + " (one of "
                        + Arrays.stream(RefusalCode.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
            }
        });
        return new Expectation(outcome, eligible, optMoney(e, "monthlyAmount"), optMoney(e, "amount"),
                optMoney(e, "amountMin"), optMoney(e, "amountMax"), lines, texts(e, "expect", "rulesApplied"),
                texts(e, "expect", "reasons"), texts(e, "expect", "missing"), texts(e, "expect", "measures"), procedure,
                error, (ObjectNode) e);
    }

    private static Optional<Money> optMoney(JsonNode e, String key) {
        return Optional.ofNullable(e.get(key)).map(v -> money(v, "expect." + key));
    }

    private static Money money(JsonNode v, String path) {
        if (!v.isTextual()) {
            throw new JsonShapeException(path, "金额须为字符串（如 \"720.00\"），收到 " + v, "an amount must be a string (e.g. \"720.00\"), got " + v);
        }
        try {
            return Money.parse(v.textValue(), path);
        } catch (InvalidInputException x) {
            throw new JsonShapeException(path, x.messageZh(), x.messageEn());
        }
    }

    private static void checkKeys(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new JsonShapeException(path, "须为JSON对象", "must be a JSON object");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            String p = path.isEmpty() ? k : path + "." + k;
            if (!allowed.contains(k)) {
                String list = String.join(", ", new TreeSet<>(allowed));
                throw new JsonShapeException(p, "未知字段 " + k, "unknown key '" + k + "' (allowed: " + list + ")");
            }
            if (node.get(k).isNull()) {
                throw new JsonShapeException(p, "不能为 null：不适用时请省略该字段", "must not be null: leave the key out");
            }
        }
    }

    private static Optional<String> optText(JsonNode node, String key) {
        return optText(node, "", key);
    }

    private static Optional<String> optText(JsonNode node, String path, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new JsonShapeException(path.isEmpty() ? key : path + "." + key, "须为字符串", "must be a string");
        }
        return Optional.of(v.textValue());
    }

    private static List<String> texts(JsonNode node, String key) {
        return texts(node, "", key);
    }

    private static List<String> texts(JsonNode node, String path, String key) {
        JsonNode v = node.get(key);
        String p = path.isEmpty() ? key : path + "." + key;
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new JsonShapeException(p, "须为字符串数组", "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new JsonShapeException(p + "[" + i + "]", "须为字符串", "must be a string");
            }
            out.add(v.get(i).textValue());
        }
        return out;
    }
}
