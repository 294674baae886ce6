package org.relief.server.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relief.core.model.InvalidInputException;
import org.relief.server.persistence.Actor;
import org.relief.server.persistence.UserRepository;

/** {@code POST /api/v1/users} (admins): creates a user; the token is shown once, in this answer. */
public final class UsersController {
    private final UserRepository users;
    private final Authenticator auth;
    private final ObjectMapper mapper;

    @Inject
    public UsersController(UserRepository users, Authenticator auth, ObjectMapper mapper) {
        this.users = users;
        this.auth = auth;
        this.mapper = mapper;
    }

    /** The body: name, role code, jurisdiction code. */
    public record UserInput(String name, String role, String jurisdiction) {
    }

    public void create(Context ctx) throws JsonProcessingException {
        Caller c = auth.require(ctx, r -> r == Role.ADMIN, "创建用户");
        UserInput in = mapper.readValue(ctx.body(), UserInput.class);
        if (in.name() == null || !in.name().matches("[A-Za-z0-9._-]{3,60}")) {
            throw InvalidInputException.invalid("name", "用户名为3至60位字母、数字或 ._-", "3 to 60 letters, digits or ._-");
        }
        Role role = Role.parse(in.role() == null ? "" : in.role()).orElseThrow(() -> InvalidInputException.invalid("role",
                "角色须为 villageAssistant、townshipReviewer、countyApprover、auditor 或 admin",
                "one of villageAssistant, townshipReviewer, countyApprover, auditor, admin"));
        if (!Jurisdiction.isAreaCode(in.jurisdiction())) {
            throw InvalidInputException.invalid("jurisdiction", "区划代码须为6、9或12位数字", "must be a 6-, 9- or 12-digit area code");
        }
        Jurisdiction j = new Jurisdiction(in.jurisdiction());
        if (!c.jurisdiction().covers(j)) {
            throw Authenticator.forbidden("只能在本人管辖范围内创建用户", "users can be created only inside the caller's jurisdiction");
        }
        if (users.nameTaken(in.name())) {
            throw InvalidInputException.invalid("name", "用户名已存在", "the name is taken");
        }
        String token = Tokens.newToken();
        UserRepository.User u = users.create(new Actor(c.name(), c.role().code(), c.jurisdiction().code()), in.name(),
                role.code(), j.code(), Tokens.hash(token));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", u.id());
        out.put("name", u.name());
        out.put("role", u.role());
        out.put("jurisdiction", u.jurisdiction());
        out.put("token", token);
        out.put("note", "令牌仅显示这一次，请妥善保存 / the token is shown only once: keep it safe");
        ctx.status(201).json(out);
    }
}
