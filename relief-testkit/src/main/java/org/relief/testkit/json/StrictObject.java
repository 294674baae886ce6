package org.relief.testkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.relief.core.model.Coded;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.IsoDates;
import org.relief.core.model.Money;
import org.relief.core.model.Texts;

/**
 * A strict view of one JSON object of Jackson's tree model: every key must be allowed, {@code null}
 * is never a value (leave the key out instead), and each typed getter checks the JSON type. Shape
 * problems are {@link JsonShapeException}s, value problems (a malformed amount, date or code) are
 * {@link InvalidInputException}s naming the same path.
 *
 * <p>Every input is bounded here, before anything else reads it: a string has at most
 * {@value #MAX_TEXT} characters, an amount at most {@value Money#MAX_INTEGER_DIGITS} integer digits
 * and 2 decimals ({@link Money#parse}), another decimal at most 12 integer digits and
 * {@value #MAX_DECIMALS} decimals, a date a year {@value IsoDates#MIN_YEAR}–{@value IsoDates#MAX_YEAR}
 * ({@link IsoDates}). The reference server reads its own request bodies with it too, so that every
 * endpoint reads JSON the same way.
 */
public final class StrictObject {
    /** The longest string accepted, in UTF-16 code units. */
    public static final int MAX_TEXT = 4000;
    /** The most decimals of a plain decimal (a ratio, a count of months). */
    public static final int MAX_DECIMALS = 6;

    private final JsonNode node;
    private final String path;

    private StrictObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * {@code node} as an object at {@code path}, with only the {@code allowed} keys.
     *
     * @throws JsonShapeException when it is not an object or has another key
     */
    public static StrictObject of(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new JsonShapeException(path, "须为JSON对象，收到" + typeZh(node), "must be a JSON object, got " + type(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                throw new JsonShapeException(join(path, k), "未知字段 " + k,
                        "unknown key '" + k + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return new StrictObject(node, path);
    }

    /** The path of this object ({@code ""} for the document). */
    public String path() {
        return path;
    }

    /** The path of {@code key} in this object. */
    public String path(String key) {
        return join(path, key);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether the key is present (a {@code null} value included). */
    public boolean has(String key) {
        return node.has(key);
    }

    /** The value of {@code key}, empty when absent; a {@code null} value is a shape error. */
    public Optional<JsonNode> opt(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v.isNull()) {
            throw new JsonShapeException(path(key), "不能为 null：未知或未申报时请省略该字段",
                    "must not be null: leave the key out when it is unknown or not declared");
        }
        return Optional.of(v);
    }

    /** The value of a required key. */
    public JsonNode require(String key) {
        return opt(key).orElseThrow(() -> new JsonShapeException(path(key), "必填字段缺失", "is required"));
    }

    /** A string, at most {@value #MAX_TEXT} characters (longer is an input error). */
    public Optional<String> text(String key) {
        // The path is made only for an error: a request reads dozens of keys.
        return opt(key).map(v -> v.isTextual() && v.textValue().length() <= MAX_TEXT ? v.textValue() : textValue(v, path(key)));
    }

    /** A JSON string at {@code path}, at most {@value #MAX_TEXT} characters. */
    public static String textValue(JsonNode v, String path) {
        if (!v.isTextual()) {
            throw new JsonShapeException(path, "须为字符串，收到" + typeZh(v), "must be a string, got " + type(v));
        }
        String t = v.textValue();
        if (t.length() > MAX_TEXT) {
            throw InvalidInputException.invalid(path, "字符串过长：最多 " + MAX_TEXT + " 个字符，收到 " + t.length(),
                    "too long: at most " + MAX_TEXT + " characters, got " + t.length());
        }
        return t;
    }

    /** A required string. */
    public String requireText(String key) {
        require(key);
        return text(key).orElseThrow();
    }

    /** A boolean. */
    public Optional<Boolean> bool(String key) {
        return opt(key).map(v -> {
            if (!v.isBoolean()) {
                throw new JsonShapeException(path(key), "须为 true 或 false，收到" + typeZh(v), "must be true or false, got " + type(v));
            }
            return v.booleanValue();
        });
    }

    /** A whole number within {@code int} (a decimal point, even {@code 1.0}, is a shape error). */
    public Optional<Integer> integer(String key) {
        return opt(key).map(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new JsonShapeException(path(key), "须为整数，收到" + typeZh(v), "must be a whole number, got " + type(v));
            }
            return v.intValue();
        });
    }

    /**
     * An amount: a JSON string of a non-negative decimal with at most 2 decimals. A number instead
     * of a string, a negative amount or a third decimal is an input error (docs/case-format.md), named by path.
     */
    public Optional<Money> amount(String key) {
        return opt(key).map(v -> amountValue(v, path(key)));
    }

    /** An amount at {@code path} (see {@link #amount(String)}). */
    public static Money amountValue(JsonNode v, String path) {
        if (!v.isTextual()) {
            throw InvalidInputException.invalid(path, "金额须为字符串（如 \"720.00\"），收到" + typeZh(v) + " "
                    + Texts.abbreviate(v.toString()), "an amount must be a string (e.g. \"720.00\"), got " + type(v) + " "
                    + Texts.abbreviate(v.toString()));
        }
        return Money.parse(v.textValue(), path);
    }

    /** A date ({@link IsoDates}: ISO, existing, year {@value IsoDates#MIN_YEAR}–{@value IsoDates#MAX_YEAR}). */
    public Optional<LocalDate> date(String key) {
        return text(key).map(t -> {
            LocalDate d = IsoDates.valid(t);
            return d != null ? d : dateValue(t, path(key));
        });
    }

    /** {@link IsoDates#parse}. */
    public static LocalDate dateValue(String text, String path) {
        return IsoDates.parse(text, path);
    }

    /** A code of an enumeration ({@link Coded}). */
    public <E extends Enum<E> & Coded> Optional<E> coded(String key, Class<E> type) {
        return text(key).map(t -> {
            E found = Coded.find(type, t);
            return found != null ? found : Coded.parse(type, t, path(key));
        });
    }

    /** A nested object with only the {@code allowed} keys. */
    public Optional<StrictObject> object(String key, Set<String> allowed) {
        return opt(key).map(v -> of(v, path(key), allowed));
    }

    /** The elements of a JSON array, each mapped with its path ({@code key[i]}). */
    public <T> Optional<List<T>> array(String key, BiFunction<JsonNode, String, T> element) {
        return opt(key).map(v -> {
            if (!v.isArray()) {
                throw new JsonShapeException(path(key), "须为JSON数组，收到" + typeZh(v), "must be a JSON array, got " + type(v));
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                String p = path(key) + "[" + i + "]";
                if (e.isNull()) {
                    throw new JsonShapeException(p, "不能为 null", "must not be null");
                }
                out.add(element.apply(e, p));
            }
            return out;
        });
    }

    /** A JSON array of strings. */
    public Optional<List<String>> texts(String key) {
        return array(key, StrictObject::textValue);
    }

    /** The entries of a JSON object used as a map (key → value node). */
    public Iterable<Map.Entry<String, JsonNode>> fields() {
        return node.properties();
    }

    /** A non-negative plain decimal in a string (standards: yuan, ratios, months). */
    public static BigDecimal decimalValue(JsonNode v, String path, boolean money) {
        if (!v.isTextual()) {
            throw InvalidInputException.invalid(path, "须为字符串形式的非负数（如 \"720.00\"），收到" + typeZh(v) + " " + v,
                    "must be a non-negative number in a string (e.g. \"720.00\"), got " + type(v) + " " + v);
        }
        String t = v.textValue();
        if (money) {
            return Money.parse(t, path).amount();
        }
        if (t.length() > 19 || !t.matches("\\d{1,12}(\\.\\d{1," + MAX_DECIMALS + "})?")) {
            throw InvalidInputException.invalid(path, "须为非负数，最多12位整数、" + MAX_DECIMALS + "位小数，收到 "
                    + Texts.abbreviate(t), "must be a non-negative plain number with at most 12 integer digits and "
                    + MAX_DECIMALS + " decimals, got " + Texts.abbreviate(t));
        }
        return new BigDecimal(t);
    }

    static String type(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        JsonNodeType t = v.getNodeType();
        switch (t) {
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case ARRAY: return "an array";
            case OBJECT: return "an object";
            case NULL: return "null";
            default: return t.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String typeZh(JsonNode v) {
        if (v == null) {
            return "空";
        }
        switch (v.getNodeType()) {
            case STRING: return "字符串";
            case NUMBER: return "数字";
            case BOOLEAN: return "布尔值";
            case ARRAY: return "数组";
            case OBJECT: return "对象";
            case NULL: return "null";
            default: return v.getNodeType().name();
        }
    }
}
