package org.relief.server.security;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import org.relief.server.http.ApiException;
import org.relief.server.http.Problem;
import org.relief.server.persistence.UserRepository;

/**
 * Resolves the bearer token of a request to its {@link Caller}: 401 without a valid token (a
 * revoked or disabled one included: looked up on every request, never cached), 403 when the role
 * may not do what the route does. The route table calls {@link #authorize} before the controller;
 * controllers read the caller with {@link #caller(Context)}. Jurisdiction is checked by the
 * controllers per record.
 */
public final class Authenticator {
    private static final String CALLER = "relief.caller";
    private final UserRepository users;

    @Inject
    public Authenticator(UserRepository users) {
        this.users = users;
    }

    /** Checks the token and role for a route of {@code access}; the caller is then available to the controller. */
    public void authorize(Context ctx, Access access) {
        if (access.isOpen()) {
            return;
        }
        Caller c = authenticate(ctx);
        if (!access.allows(c.role())) {
            throw forbidden("角色「" + c.role().zh() + "」无权" + access.actionZh(),
                    "role " + c.role().code() + " may not " + access.actionEn());
        }
        ctx.attribute(CALLER, c);
    }

    /** The caller the route table authorized (a controller of a route that is not open). */
    public static Caller caller(Context ctx) {
        Caller c = ctx.attribute(CALLER);
        if (c == null) {
            throw new IllegalStateException("route without access control: " + ctx.path());
        }
        return c;
    }

    private Caller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7
                || header.length() > 500) {
            throw unauthorized(ctx);
        }
        Optional<UserRepository.User> user = users.activeByTokenHash(Tokens.hash(header.substring(7).strip()));
        if (user.isEmpty()) {
            throw unauthorized(ctx);
        }
        UserRepository.User u = user.get();
        Role role = Role.parse(u.role()).orElseThrow(() -> unauthorized(ctx));
        return new Caller(u.id(), u.name(), role, new Jurisdiction(u.jurisdiction()));
    }

    public static ApiException forbidden(String zh, String en) {
        return new ApiException(Problem.of(403, "FORBIDDEN", null, "无权访问", zh, "Forbidden", en));
    }

    private static ApiException unauthorized(Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"relief\"");
        return new ApiException(Problem.of(401, "UNAUTHORIZED", null, "未认证", "缺少或无效的访问令牌（Authorization: Bearer …）",
                "Unauthorized", "missing or invalid bearer token (Authorization: Bearer …)"));
    }
}
