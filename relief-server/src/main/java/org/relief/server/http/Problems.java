package org.relief.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.relief.core.model.InvalidInputException;
import org.relief.testkit.json.DeterminationWriter;
import org.relief.testkit.json.JsonShapeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every error to RFC 9457 problem JSON in one place, one {@code type} per code
 * ({@link Problem#type}). The rule: {@code 400} for a body that is not JSON or not of the
 * endpoint's shape (an unknown key, a {@code null}, a value of the wrong JSON type), {@code 422} for
 * a value that is invalid (a malformed date, amount, code or ID number, a value out of range) and
 * for refusals; unknown routes {@code 404}, a wrong method on a known path {@code 405} with
 * {@code Allow}, a body too large {@code 413}, not JSON {@code 415}; anything unexpected {@code 500}
 * with an id that is logged (never a stack trace to the caller). Errors Jetty answers itself
 * (a malformed URI, a stalled upload, too many requests) go through {@link JettyErrors}, the same
 * mapping. Personal data never reaches the log: only the error id, the route and the exception type.
 */
public final class Problems {
    /** The Content-Type of every problem answer. */
    public static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    /** The context attribute holding the route template of the matched route (for the log). */
    static final String ROUTE = "relief.route";

    private final ObjectMapper mapper;
    private final RouteTable table;

    /** The mapping for the routes of {@code table} (405 answers list their methods in {@code Allow}). */
    public Problems(ObjectMapper mapper, RouteTable table) {
        this.mapper = mapper;
        this.table = table;
    }

    /** Registers the handlers. */
    public void register(RoutesConfig routes) {
        routes.exception(InvalidInputException.class, (e, ctx) -> write(ctx, Problem.of(422, e.code().name(), e.field(),
                e.code().titleZh(), e.messageZh(), e.code().titleEn(), e.messageEn())));
        routes.exception(RefusalException.class, (e, ctx) -> write(ctx, Problem.of(422, e.code().name(), e.field(),
                e.code().titleZh(), e.messageZh(), e.code().titleEn(), e.messageEn())));
        routes.exception(JsonShapeException.class, (e, ctx) -> write(ctx, Problem.of(DeterminationWriter.MALFORMED,
                DeterminationWriter.answer(e).body())));
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.problem()));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, forStatus(ctx, e.getStatus())));
        routes.exception(Exception.class, (e, ctx) -> {
            if (isTimeout(e)) {
                write(ctx, forStatus(ctx, 408));
                return;
            }
            if (e instanceof IllegalArgumentException && ctx.attribute(ROUTE) == null) {
                // Raised while Javalin decodes the path parameters, before any route ran: a malformed %-escape.
                write(ctx, Problem.malformed(null, "路径中的百分号编码无效", "malformed percent-encoding in the path"));
                return;
            }
            String id = UUID.randomUUID().toString();
            StackTraceElement[] at = e.getStackTrace();
            LOG.error("error {} on {}: {} at {}", id, route(ctx), e.getClass().getName(),
                    at.length == 0 ? "?" : at[0].getClassName() + ":" + at[0].getLineNumber());
            write(ctx, Problem.of(500, "INTERNAL_ERROR", null, "服务器内部错误", "服务器内部错误，编号 " + id,
                    "Internal error", "internal error, id " + id));
        });
        routes.error(404, "*", ctx -> {
            if (!CONTENT_TYPE.equals(ctx.res().getContentType())) {
                write(ctx, forStatus(ctx, 404));
            }
        });
        routes.error(405, "*", ctx -> write(ctx, forStatus(ctx, 405)));
    }

    /** The problem of a plain HTTP status (no more specific code), for the request in {@code ctx}. */
    Problem forStatus(Context ctx, int status) {
        if (status == 405) {
            String allow = table.allowed(ctx.path());
            ctx.header("Allow", allow);
            return Problem.of(405, "METHOD_NOT_ALLOWED", null, "方法不允许", "此路径不支持 " + ctx.method()
                    + "，可用：" + allow, "Method not allowed", ctx.method() + " is not allowed here; allowed: " + allow);
        }
        if (status == 404) {
            return Problem.of(404, "NOT_FOUND", null, "未找到", "没有此路径：" + ctx.method() + " " + ctx.path(),
                    "Not found", "no such route: " + ctx.method() + " " + ctx.path());
        }
        return forStatus(status);
    }

    /** The problem of a status raised below the routes (Jetty, Javalin), without request details. */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> Problem.malformed(null, "请求格式错误（请求行、路径编码或请求头无效）",
                    "malformed request (request line, path encoding or headers)");
            case 404 -> Problem.of(404, "NOT_FOUND", null, "未找到", "没有此路径", "Not found", "no such route");
            case 408 -> Problem.of(408, "REQUEST_TIMEOUT", null, "请求超时", "请求体未在限定时间内送达",
                    "Request timeout", "the request did not arrive in time");
            case 413 -> tooLarge();
            case 414 -> Problem.of(414, "URI_TOO_LONG", null, "地址过长", "请求地址过长", "URI too long", "the URI is too long");
            case 415 -> unsupportedMediaType(null);
            case 429 -> Problem.of(429, "TOO_MANY_REQUESTS", null, "请求过多", "请稍后再试", "Too many requests",
                    "try again later");
            case 431 -> Problem.of(431, "HEADERS_TOO_LARGE", null, "请求头过大", "请求头过大", "Headers too large",
                    "the request headers are too large");
            case 503 -> Problem.of(503, "SERVICE_UNAVAILABLE", null, "服务繁忙", "同时处理的请求已达上限，请稍后再试",
                    "Service unavailable", "too many requests at once: try again shortly");
            default -> status >= 500
                    ? Problem.of(status, "INTERNAL_ERROR", null, "服务器内部错误", "服务器内部错误", "Internal error", "internal error")
                    : Problem.of(status, "HTTP_" + status, null, "请求无法处理", "请求无法处理（HTTP " + status + "）",
                    "Request not processed", "request not processed (HTTP " + status + ")");
        };
    }

    /** 413, stating the limit in both languages. */
    public static Problem tooLarge() {
        return Problem.of(413, "PAYLOAD_TOO_LARGE", null, "请求体过大", "请求体超过上限 " + JsonBody.LIMIT_ZH,
                "Payload too large", "the body exceeds the limit of " + JsonBody.LIMIT_EN);
    }

    /** 415: the body is not {@code application/json}. */
    public static Problem unsupportedMediaType(String got) {
        String g = got == null ? "none" : org.relief.core.model.Texts.abbreviate(got);
        return Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", null, "不支持的媒体类型",
                "请求体须为 Content-Type: application/json（收到 " + g + "）", "Unsupported media type",
                "the body must be Content-Type: application/json (got " + g + ")");
    }

    /** The route's key ({@code GET /api/v1/households}: method and template, no ids), or the method when none matched. */
    private static String route(Context ctx) {
        Object r = ctx.attribute(ROUTE);
        return r == null ? ctx.method() + " (no route)" : r.toString();
    }

    /** Whether {@code e} comes from a read that timed out (a stalled upload). */
    static boolean isTimeout(Throwable e) {
        return cause(e, TimeoutException.class) || cause(e, org.eclipse.jetty.io.EofException.class);
    }

    private static boolean cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    void write(Context ctx, Problem p) {
        try {
            ctx.status(p.status()).contentType(CONTENT_TYPE).result(mapper.writeValueAsString(p.withInstance(ctx.path())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
