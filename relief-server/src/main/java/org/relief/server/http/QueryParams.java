package org.relief.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.relief.core.model.InvalidInputException;

/** Reading query parameters and required body fields; every error names the parameter (422). */
public final class QueryParams {
    private QueryParams() {
    }

    /** A required query parameter. */
    public static String required(Context ctx, String name) {
        return need(ctx.queryParam(name), name);
    }

    /** A required ISO-date query parameter. */
    public static LocalDate date(Context ctx, String name) {
        return date(required(ctx, name), name);
    }

    /** A required value (query parameter or body field). */
    public static String need(String v, String name) {
        if (v == null || v.isBlank()) {
            throw InvalidInputException.required(name);
        }
        return v;
    }

    /** An ISO date. */
    public static LocalDate date(String v, String name) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(name, "日期格式须为 YYYY-MM-DD，收到 " + v, "must be an ISO date YYYY-MM-DD, got " + v);
        }
    }

    /** An optional integer query parameter within [min, max], {@code dflt} when absent. */
    public static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.invalid(name, "须为 " + min + " 至 " + max + " 的整数", "must be an integer " + min + "–" + max);
    }
}
