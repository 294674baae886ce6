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

/** {@code POST /api/v1/users} (admins): creates a user; the token is shown once, in this answer. */
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
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", u.id());
        out.put("name", u.name());
        out.put("role", u.role());
        out.put("jurisdiction", u.jurisdiction());
        out.put("token", token);
        out.put("note", "令牌仅显示这一次，请妥善保存 / the token is shown only once: keep it safe");
        ctx.status(201).json(out);
    }

    static ApiException nameTaken() {
        return new ApiException(Problem.of(409, "NAME_TAKEN", "name", "用户名已存在", "该用户名已被使用，请换一个",
                "Name taken", "a user of this name exists: choose another"));
    }

    static Actor actor(Caller c) {
        return new Actor(c.name(), c.role().code(), c.jurisdiction().code());
    }
}
