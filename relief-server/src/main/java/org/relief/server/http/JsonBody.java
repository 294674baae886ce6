package org.relief.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.relief.core.model.InvalidInputException;
import org.relief.testkit.json.ReliefJson;
import org.relief.testkit.json.StrictObject;

/**
 * The one reader of request bodies, for every endpoint: bounded ({@value #MAX_BYTES} bytes →
 * 413), {@code Content-Type: application/json} (→ 415), not empty, valid JSON read strictly by the
 * kit's mapper (duplicate keys, trailing content → 400), and valid UTF-16 in every string and key
 * (a lone surrogate would be stored as "?": → 422). The fields are then read with the kit's
 * {@link StrictObject} (unknown key, {@code null} or a wrong JSON type → 400; an invalid value →
 * 422), so that every endpoint reads JSON the same way.
 */
public final class JsonBody {
    /** The largest request body accepted. */
    public static final int MAX_BYTES = 1 << 20;
    /** The limit as written in answers and documents, in Chinese. */
    public static final String LIMIT_ZH = "1 MiB（1048576 字节）";
    /** The limit as written in answers and documents, in English. */
    public static final String LIMIT_EN = "1 MiB (1048576 bytes)";

    /** The kit's mapper for one element of a stream: the content after it is the stream's (no trailing-token check). */
    private static final ObjectReader ELEMENT = ReliefJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBody() {
    }

    /** The body as a JSON value (any JSON value: the caller checks its shape). */
    public static JsonNode read(Context ctx) {
        return parse(bytes(ctx));
    }

    /**
     * The body's bytes, after the checks that come before its JSON: its size (413), a read that timed out (408), an
     * empty body (400) and its {@code Content-Type} (415). {@link #parse} then reads them.
     */
    public static byte[] bytes(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw new ApiException(Problems.tooLarge());
        }
        byte[] bytes;
        try {
            bytes = ctx.bodyAsBytes();
        } catch (Exception e) { // Javalin rethrows Jetty's IOException of a read that timed out unchecked
            if (Problems.isTimeout(e)) {
                throw new ApiException(Problems.forStatus(408));
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException("reading the body failed", e);
        }
        if (blank(bytes)) {
            throw new ApiException(Problem.malformed(null, "请求体为空：须为 JSON", "empty body: a JSON body is required"));
        }
        if (!isJson(ctx.contentType())) {
            throw new ApiException(Problems.unsupportedMediaType(ctx.contentType()));
        }
        return bytes;
    }

    /** {@link #bytes} read as JSON, strictly (not JSON, duplicate keys, trailing content → 400; a lone surrogate → 422). */
    public static JsonNode parse(byte[] bytes) {
        JsonNode node;
        try {
            node = ReliefJson.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ApiException(notJson(e));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // The paths are made only once something is invalid.
        if (!validUtf16(node)) {
            invalidUtf16(node, "").ifPresent(path -> {
                throw InvalidInputException.invalid(path, "含无效的 UTF-16 字符（孤立代理项）", "contains invalid UTF-16 (a lone surrogate)");
            });
        }
        return node;
    }

    /**
     * Reads {@code bytes} of exactly the shape {@code {"<key>": [<object>, …]}} (1 to {@code max} objects) element by
     * element, handing each object to {@code each} as soon as it is read, without the tree of the whole body; what
     * {@code each} throws is thrown. For input that is plainly valid only: at the first thing {@link #parse} and
     * {@link StrictObject} would refuse — not JSON, a duplicate key, another key, not an array, an element not an
     * object, no element or more than {@code max}, a lone surrogate, trailing content — it stops and answers
     * {@code false}, without saying what; the caller then reads the body with {@link #parse}, whose error is the answer.
     * The objects are those {@link #parse} would give (the same mapper and features).
     */
    public static boolean streamArray(byte[] bytes, String key, int max, Consumer<ObjectNode> each) {
        try (JsonParser p = ReliefJson.mapper().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !key.equals(p.currentName()) || p.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            int n = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT || ++n > max) {
                    return false;
                }
                JsonNode element = ELEMENT.readTree(p);
                if (!validUtf16(element)) {
                    return false;
                }
                each.accept((ObjectNode) element);
            }
            return n > 0 && p.nextToken() == JsonToken.END_OBJECT && p.nextToken() == null;
        } catch (java.io.IOException e) { // JsonProcessingException included: not JSON, a duplicate key
            return false;
        }
    }

    /**
     * Answers {@code body} (UTF-8) with {@code status} and {@code contentType}, written to Javalin's response stream
     * (which compresses as configured and is closed by Javalin) rather than handed over as a result: that path wraps
     * the bytes in a stream and copies them through a new 8 KB buffer (issue 19: 15% of a determination's request).
     */
    public static void send(Context ctx, int status, String contentType, byte[] body) {
        ctx.status(status).contentType(contentType);
        try {
            ctx.outputStream().write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@link #send(Context, int, String, byte[])} of a text. */
    public static void send(Context ctx, int status, String contentType, String body) {
        send(ctx, status, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The body as an object with only the {@code keys} allowed. */
    public static StrictObject object(Context ctx, Set<String> keys) {
        return StrictObject.of(read(ctx), "", keys);
    }

    /** Whether a Content-Type is JSON: {@code application/json} (charset, when given, UTF-8). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().replace("\"", "");
            if (p.startsWith("charset=") && !p.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Problem notJson(JsonProcessingException e) {
        String what = org.relief.core.model.Texts.abbreviate(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return Problem.malformed(null, "请求体不是有效的 JSON" + where + "：" + what, "the body is not valid JSON" + where
                + ": " + what);
    }

    /** Whether every string and key of {@code node} is valid UTF-16. */
    static boolean validUtf16(JsonNode node) {
        if (node.isTextual()) {
            return valid(node.textValue());
        }
        if (node.isArray()) {
            for (JsonNode e : node) {
                if (!validUtf16(e)) {
                    return false;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!valid(e.getKey()) || !validUtf16(e.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The path of the first string or key that is not valid UTF-16, if any. */
    static Optional<String> invalidUtf16(JsonNode node, String path) {
        if (node.isTextual()) {
            return valid(node.textValue()) ? Optional.empty() : Optional.of(path.isEmpty() ? "(body)" : path);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> bad = invalidUtf16(node.get(i), path + "[" + i + "]");
                if (bad.isPresent()) {
                    return bad;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (!valid(e.getKey())) {
                    return Optional.of(path.isEmpty() ? "(key)" : path);
                }
                Optional<String> bad = invalidUtf16(e.getValue(), p);
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether every surrogate in {@code s} is part of a pair. */
    public static boolean valid(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
