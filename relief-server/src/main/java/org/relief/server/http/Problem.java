package org.relief.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, with the stable {@code code}, the {@code field} where it applies, and
 * zh-CN {@code title}/{@code detail} with English beside ({@code titleEn}/{@code detailEn}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String field,
                      String titleEn, String detailEn, String instance) {

    /** A problem of a stable code. */
    public static Problem of(int status, String code, String field, String titleZh, String detailZh, String titleEn,
                             String detailEn) {
        return new Problem(org.relief.testkit.json.DeterminationWriter.PROBLEM_TYPE + code,
                titleZh, status, detailZh, code, field, titleEn, detailEn, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, code, field, titleEn, detailEn, path);
    }
}
