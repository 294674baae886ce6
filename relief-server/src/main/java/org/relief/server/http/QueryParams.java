package org.relief.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.IsoDates;
import org.relief.core.model.Texts;

/**
 * Reading path and query parameters, for every controller: ids canonical, integers bounded,
 * dates in {@link IsoDates}' range; every error names the parameter (422), an id that is not
 * canonical addresses nothing (404).
 */
public final class QueryParams {
    /** A canonical record id: ASCII digits, no sign, no leading zero, at most 18 digits (fits a {@code long}). */
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]{0,8}");

    private QueryParams() {
    }

    /** A required query parameter. */
    public static String required(Context ctx, String name) {
        return need(ctx.queryParam(name), name);
    }

    /** An optional query parameter, empty when absent or blank. */
    public static Optional<String> optional(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isBlank());
    }

    /** A required ISO-date query parameter. */
    public static LocalDate date(Context ctx, String name) {
        return IsoDates.parse(required(ctx, name), name);
    }

    private static String need(String v, String name) {
        if (v == null || v.isBlank()) {
            throw InvalidInputException.required(name);
        }
        return v;
    }

    /**
     * The record id in the path parameter {@code name}; 404 for anything but {@code [1-9][0-9]{0,17}}
     * (full-width or other Unicode digits, a sign, leading zeros, a malformed escape): such an id
     * names no record.
     */
    public static long id(Context ctx, String name, String what) {
        String raw;
        try {
            raw = ctx.pathParam(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what);
        }
        if (!ID.matcher(raw).matches()) {
            throw ApiException.notFound(what + " " + Texts.abbreviate(raw));
        }
        return Long.parseLong(raw);
    }

    /** An optional integer query parameter within [min, max], {@code dflt} when absent. */
    public static int integer(Context ctx, String name, int dflt, int min, int max) {
        Optional<String> v = optional(ctx, name);
        if (v.isEmpty()) {
            return dflt;
        }
        if (INTEGER.matcher(v.get()).matches()) {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw InvalidInputException.invalid(name, "须为 " + min + " 至 " + max + " 的整数，收到 " + Texts.abbreviate(v.get()),
                "must be a whole number " + min + "–" + max + ", got " + Texts.abbreviate(v.get()));
    }

    /** An optional canonical id in a query parameter (a keyset cursor), 422 naming it otherwise. */
    public static Optional<Long> cursor(Context ctx, String name) {
        Optional<String> v = optional(ctx, name);
        if (v.isPresent() && !ID.matcher(v.get()).matches()) {
            throw InvalidInputException.invalid(name, "须为正整数，收到 " + Texts.abbreviate(v.get()),
                    "must be a positive whole number, got " + Texts.abbreviate(v.get()));
        }
        return v.map(Long::parseLong);
    }
}
