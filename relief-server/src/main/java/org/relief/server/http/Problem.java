package org.relief.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.relief.testkit.json.DeterminationWriter;

/**
 * RFC 9457 problem details, with the stable {@code code}, the {@code field} where it applies, and
 * zh-CN {@code title}/{@code detail} with English beside ({@code titleEn}/{@code detailEn}). The
 * {@code type} is always {@link #type(String)} of the code: one URI per code, everywhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String field,
                      String titleEn, String detailEn, String instance) {
    /** The base of every problem {@code type} URI (documented in the README and the OpenAPI). */
    public static final String TYPE_BASE = DeterminationWriter.PROBLEM_TYPE;

    /** The {@code type} URI of a code: {@code VERSION_CONFLICT → …/problems/version-conflict}. */
    public static String type(String code) {
        return DeterminationWriter.problemType(code);
    }

    /** A problem of a stable code. */
    public static Problem of(int status, String code, String field, String titleZh, String detailZh, String titleEn,
                             String detailEn) {
        return new Problem(type(code), titleZh, status, detailZh, code, field, titleEn, detailEn, null);
    }

    /** The problem JSON the kit's writer made (determinations, refusals, malformed requests). */
    public static Problem of(int status, JsonNode p) {
        return new Problem(type(p.path("code").asText()), p.path("title").asText(), status, p.path("detail").asText(),
                p.path("code").asText(), p.hasNonNull("field") ? p.get("field").asText() : null,
                p.path("titleEn").asText(), p.path("detailEn").asText(), null);
    }

    /** A 400: the body is not JSON or not of the shape ({@code field}: where, or null). */
    public static Problem malformed(String field, String detailZh, String detailEn) {
        return of(DeterminationWriter.MALFORMED, DeterminationWriter.malformed(field == null ? "" : field, detailZh, detailEn));
    }

    /** The same problem at {@code path} (the request's path, never its query). */
    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, code, field, titleEn, detailEn, path);
    }

    /** The same problem with its field placed under {@code prefix} ({@code items[3].}). */
    public Problem under(String prefix) {
        String f = field == null ? prefix.substring(0, prefix.length() - 1) : prefix + field;
        return new Problem(type, title, status, detail, code, f, titleEn, detailEn, instance);
    }
}
