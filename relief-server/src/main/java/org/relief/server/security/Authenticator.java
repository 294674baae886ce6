package org.relief.server.security;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import org.relief.server.http.ApiException;
import org.relief.server.http.Problem;
import org.relief.server.persistence.UserRepository;

/**
 * Resolves the bearer token of a request to its {@link Caller}: 401 without a valid token, 403
 * when the role may not do what is asked. Jurisdiction is checked by the controllers per record.
 */
public final class Authenticator {
    private final UserRepository users;

    @Inject
    public Authenticator(UserRepository users) {
        this.users = users;
    }

    /** The caller, or 401. */
    public Caller caller(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw unauthorized(ctx);
        }
        Optional<UserRepository.User> user = users.byTokenHash(Tokens.hash(header.substring(7).strip()));
        if (user.isEmpty()) {
            throw unauthorized(ctx);
        }
        UserRepository.User u = user.get();
        Role role = Role.parse(u.role()).orElseThrow(() -> unauthorized(ctx));
        return new Caller(u.id(), u.name(), role, new Jurisdiction(u.jurisdiction()));
    }

    /** The caller, who must hold a role for which {@code allowed} is true; 403 otherwise. */
    public Caller require(Context ctx, java.util.function.Predicate<Role> allowed, String what) {
        Caller c = caller(ctx);
        if (!allowed.test(c.role())) {
            throw forbidden("角色「" + c.role().zh() + "」无权" + what, "role " + c.role().code() + " may not " + what);
        }
        return c;
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
