package org.relief.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;
import java.util.regex.Pattern;
import org.relief.server.security.Access;

/**
 * One route of the API: method, path template ({@code /api/v1/households/{id}}), the OpenAPI
 * {@code operationId}, who may call it, and the controller method.
 */
public record Route(HandlerType method, String path, String operationId, Access access, Handler handler) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    /** A GET route. */
    public static Route get(String path, String operationId, Access access, Handler handler) {
        return new Route(HandlerType.GET, path, operationId, access, handler);
    }

    /** A POST route. */
    public static Route post(String path, String operationId, Access access, Handler handler) {
        return new Route(HandlerType.POST, path, operationId, access, handler);
    }

    /** A PUT route. */
    public static Route put(String path, String operationId, Access access, Handler handler) {
        return new Route(HandlerType.PUT, path, operationId, access, handler);
    }

    /** A DELETE route. */
    public static Route delete(String path, String operationId, Access access, Handler handler) {
        return new Route(HandlerType.DELETE, path, operationId, access, handler);
    }

    /** "GET /api/v1/households/{id}". */
    public String key() {
        return method.name() + " " + path;
    }

    /**
     * Whether a request path (raw, as received) matches the template; a trailing slash is ignored
     * on both, as Javalin's router ignores it ({@code /console} and {@code /console/}).
     */
    public boolean matches(String requestPath) {
        String p = requestPath.length() > 1 && requestPath.endsWith("/") ? requestPath.substring(0, requestPath.length() - 1)
                : requestPath;
        String t = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return Pattern.matches(t.replaceAll("\\{[^}]+}", "[^/]+"), p);
    }
}
