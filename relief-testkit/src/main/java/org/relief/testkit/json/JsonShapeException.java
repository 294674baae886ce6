package org.relief.testkit.json;

import java.util.Objects;

/**
 * A JSON document is not of the shape the case format fixes (docs/case-format.md): an unknown key, a missing required key, a
 * value of the wrong JSON type (an object where a list is required, a string where a boolean is
 * required), a {@code null}. Unlike an input error ({@code InvalidInputException}, which becomes a
 * refusal with code {@code INVALID_INPUT}), this is a malformed case for the kit and a {@code 400}
 * for a server.
 *
 * <p>请求或案例的JSON结构不符合 relief-cases/1 格式（未知字段、缺少必填字段、类型错误）。
 */
public final class JsonShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String messageZh;
    private final String messageEn;

    /**
     * @param path      where, e.g. {@code members[p1].incom} or {@code household}; empty for the document
     * @param messageZh what is wrong, in Chinese
     * @param messageEn what is wrong, in English
     */
    public JsonShapeException(String path, String messageZh, String messageEn) {
        super((path.isEmpty() ? "" : path + ": ") + messageEn + " (" + messageZh + ")");
        this.path = Objects.requireNonNull(path, "path");
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The JSON path of the offending key, e.g. {@code members[p1].incom}; empty for the whole document. */
    public String path() {
        return path;
    }

    /** zh-CN message. */
    public String messageZh() {
        return messageZh;
    }

    /** English message. */
    public String messageEn() {
        return messageEn;
    }

    /** The same error with its path placed under {@code prefix} (e.g. {@code cases[2].}). */
    public JsonShapeException under(String prefix) {
        String p = path.isEmpty() ? (prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix)
                : prefix + path;
        return new JsonShapeException(p, messageZh, messageEn);
    }
}
