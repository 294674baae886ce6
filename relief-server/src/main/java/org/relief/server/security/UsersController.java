package org.relief.server.security;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.relief.core.model.InvalidInputException;
import org.relief.server.http.ApiException;
import org.relief.server.http.JsonBody;
import org.relief.server.http.Problem;
import org.relief.server.persistence.Actor;
import org.relief.server.persistence.NameTakenException;
import org.relief.server.persistence.UserRepository;
import org.relief.testkit.json.StrictObject;

/**
 * Users: {@code POST /api/v1/users} (admins) creates one, its token shown once; {@code GET} lists
 * those inside the caller's jurisdiction; {@code DELETE /api/v1/users/{name}} (admins) revokes one
 * (its token refused at once; the row and the name stay for the audit log);
 * {@code POST /api/v1/users/{name}/token} (an admin, or the user itself) rotates the token. Every
 * change is audited; a user outside the caller's jurisdiction answers like a missing one (404).
 */
public final class UsersController {
    private static final Set<String> KEYS = Set.of("name", "role", "jurisdiction");
    private final UserRepository users;

    @Inject
    public UsersController(UserRepository users) {
        this.users = users;
    }

    /** The body: {@code name} (3–60 of {@code A-Z a-z 0-9 . _ -}), {@code role} code, {@code jurisdiction} code. */
    public void create(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        StrictObject in = JsonBody.object(ctx, KEYS);
        String name = in.text("name").orElseThrow(() -> InvalidInputException.required("name"));
        if (!name.matches("[A-Za-z0-9._-]{3,60}")) {
            throw InvalidInputException.invalid("name", "用户名为3至60位字母、数字或 ._-", "3 to 60 letters, digits or ._-");
        }
        String roleCode = in.text("role").orElseThrow(() -> InvalidInputException.required("role"));
        Role role = Role.parse(roleCode).orElseThrow(() -> InvalidInputException.invalid("role",
                "角色须为 villageAssistant、townshipReviewer、countyApprover、auditor 或 admin",
                "one of villageAssistant, townshipReviewer, countyApprover, auditor, admin"));
        String area = in.text("jurisdiction").orElseThrow(() -> InvalidInputException.required("jurisdiction"));
        if (!Jurisdiction.isAreaCode(area)) {
            throw InvalidInputException.invalid("jurisdiction", "区划代码须为6、9或12位数字", "must be a 6-, 9- or 12-digit area code");
        }
        Jurisdiction j = new Jurisdiction(area);
        if (!c.jurisdiction().covers(j)) {
            throw Authenticator.forbidden("只能在本人管辖范围内创建用户", "users can be created only inside the caller's jurisdiction");
        }
        String token = Tokens.newToken();
        UserRepository.User u;
        try {
            u = users.create(actor(c), name, role.code(), j.code(), Tokens.hash(token));
        } catch (NameTakenException e) {
            throw nameTaken();
        }
        ctx.status(201).json(withToken(u, token, "令牌仅显示这一次，请妥善保存 / the token is shown only once: keep it safe"));
    }

    public void list(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        ctx.json(users.list(c.jurisdiction().prefix()).stream().map(u -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", u.id());
            o.put("name", u.name());
            o.put("role", u.role());
            o.put("jurisdiction", u.jurisdiction());
            o.put("active", u.active());
            return o;
        }).toList());
    }

    /** Revokes a user: 204; its token is refused from the next request on. */
    public void revoke(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        UserRepository.User u = visible(c, name(ctx));
        if (u.name().equals(c.name())) {
            throw InvalidInputException.invalid("name", "不能撤销本人：请由另一位管理员撤销",
                    "an administrator cannot revoke themselves: another administrator must");
        }
        if (!users.revoke(actor(c), u.name())) {
            throw ApiException.notFound("user " + u.name());
        }
        ctx.status(204);
    }

    /**
     * {@code GET /api/v1/me}: who the token belongs to — name, role (code and Chinese name) and
     * jurisdiction — so that a client such as the console shows what the role may do. Any valid
     * token; nothing about other users.
     */
    public void me(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", c.name());
        out.put("role", c.role().code());
        out.put("roleZh", c.role().zh());
        out.put("jurisdiction", c.jurisdiction().code());
        ctx.json(out);
    }

    /** Rotates a token: 201 with the new token (shown once); the old one is refused at once. */
    public void rotate(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        String name = name(ctx);
        boolean self = name.equals(c.name());
        if (!self && c.role() != Role.ADMIN) {
            throw Authenticator.forbidden("只能更换本人的令牌", "only an administrator may rotate another user's token");
        }
        UserRepository.User u = self ? users.active(name).orElseThrow(() -> ApiException.notFound("user " + name))
                : visible(c, name);
        String token = Tokens.newToken();
        UserRepository.User rotated = users.rotate(actor(c), u.name(), Tokens.hash(token))
                .orElseThrow(() -> ApiException.notFound("user " + name));
        ctx.status(201).json(withToken(rotated, token,
                "新令牌仅显示这一次，旧令牌已失效 / the new token is shown only once; the old one no longer works"));
    }

    private static Map<String, Object> withToken(UserRepository.User u, String token, String note) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", u.id());
        out.put("name", u.name());
        out.put("role", u.role());
        out.put("jurisdiction", u.jurisdiction());
        out.put("token", token);
        out.put("note", note);
        return out;
    }

    /** The active user of that name inside the caller's jurisdiction; 404 (like a missing one) otherwise. */
    private UserRepository.User visible(Caller c, String name) {
        return users.active(name).filter(u -> c.jurisdiction().covers(new Jurisdiction(u.jurisdiction())))
                .orElseThrow(() -> ApiException.notFound("user " + name));
    }

    private static String name(Context ctx) {
        String raw;
        try {
            raw = ctx.pathParam("name");
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("user");
        }
        if (!raw.matches("[A-Za-z0-9._-]{3,60}")) {
            throw ApiException.notFound("user " + org.relief.core.model.Texts.abbreviate(raw));
        }
        return raw;
    }

    static ApiException nameTaken() {
        return new ApiException(Problem.of(409, "NAME_TAKEN", "name", "用户名已存在", "该用户名已被使用，请换一个",
                "Name taken", "a user of this name exists: choose another"));
    }

    static Actor actor(Caller c) {
        return new Actor(c.name(), c.role().code(), c.jurisdiction().code());
    }
}
