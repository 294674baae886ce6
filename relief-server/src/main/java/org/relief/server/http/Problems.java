package org.relief.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.relief.core.model.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every error to RFC 9457 problem JSON in one place: input errors and refusals → 422 with
 * their code and field; malformed JSON and wrong shapes → 400 naming the JSON path; unknown
 * routes → 404; anything unexpected → 500 with an id that is logged (never a stack trace to the
 * caller). Personal data never reaches the log: only the error id, the route and the exception type.
 */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Registers the handlers. */
    public void register(RoutesConfig routes) {
        routes.exception(InvalidInputException.class, (e, ctx) -> write(ctx, Problem.of(422, e.code().name(), e.field(),
                e.code().titleZh(), e.messageZh(), e.code().titleEn(), e.messageEn())));
        routes.exception(RefusalException.class, (e, ctx) -> write(ctx, Problem.of(422, e.code().name(), e.field(),
                e.code().titleZh(), e.messageZh(), e.code().titleEn(), e.messageEn())));
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.problem()));
        routes.exception(JsonProcessingException.class, (e, ctx) -> write(ctx, malformed(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getCause() instanceof JsonProcessingException j) {
                write(ctx, malformed(j));
            } else if (e.getStatus() == 404) {
                write(ctx, notFound(ctx));
            } else {
                String code = e.getStatus() == 400 ? "MALFORMED_REQUEST" : e.getStatus() == 405 ? "METHOD_NOT_ALLOWED"
                        : "HTTP_" + e.getStatus();
                write(ctx, Problem.of(e.getStatus(), code, null, "请求无法处理", e.getMessage(), "Request not processed",
                        e.getMessage()));
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (e.getCause() instanceof JsonProcessingException j) {
                write(ctx, malformed(j));
                return;
            }
            String id = UUID.randomUUID().toString();
            LOG.error("error {} on {} {}: {}", id, ctx.method(), ctx.endpoint() == null ? ctx.path() : ctx.path(),
                    e.getClass().getName(), e);
            write(ctx, Problem.of(500, "INTERNAL_ERROR", null, "服务器内部错误", "服务器内部错误，编号 " + id,
                    "Internal error", "internal error, id " + id));
        });
        routes.error(404, "*", ctx -> {
            if (!CONTENT_TYPE.equals(ctx.res().getContentType())) {
                write(ctx, notFound(ctx));
            }
        });
        routes.error(405, "*", ctx -> write(ctx, Problem.of(405, "METHOD_NOT_ALLOWED", null, "方法不允许",
                "此路径不支持 " + ctx.method(), "Method not allowed", ctx.method() + " is not allowed here")));
    }

    private static Problem notFound(Context ctx) {
        return Problem.of(404, "NOT_FOUND", null, "未找到", "没有此路径：" + ctx.method() + " " + ctx.path(),
                "Not found", "no such route: " + ctx.method() + " " + ctx.path());
    }

    /** A 400 problem naming the JSON path of a malformed body. */
    public static Problem malformed(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? m.getPath().stream().map(r -> r.getFieldName() != null
                ? r.getFieldName() : "[" + r.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[") : null;
        String what = e.getOriginalMessage();
        if (what != null && what.length() > 300) {
            what = what.substring(0, 300);
        }
        return Problem.of(400, "MALFORMED_REQUEST", path == null || path.isEmpty() ? null : path, "请求格式错误",
                "请求体不是有效的 JSON 或结构不符" + (path == null || path.isEmpty() ? "" : "（" + path + "）") + "：" + what,
                "Malformed request", "the body is not valid JSON of the expected shape"
                        + (path == null || path.isEmpty() ? "" : " at " + path) + ": " + what);
    }

    void write(Context ctx, Problem p) {
        try {
            ctx.status(p.status()).contentType(CONTENT_TYPE).result(mapper.writeValueAsString(p.withInstance(ctx.path())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
