package org.relief.server;

import java.util.ArrayList;
import java.util.List;
import org.relief.server.persistence.Actor;
import org.relief.server.persistence.HouseholdRepository;
import org.relief.server.persistence.StandardsRepository;
import org.relief.server.persistence.UserRepository;
import org.relief.server.security.Role;
import org.relief.server.security.Tokens;

/**
 * What a first start puts into an empty store: the bootstrap administrator {@value #ADMIN_NAME}
 * whose token is {@code RELIEF_ADMIN_TOKEN} (only its hash is stored; a store that has users
 * already ignores it), then, in demo mode, the demo data.
 */
final class Bootstrap {
    static final String ADMIN_NAME = "admin";

    private Bootstrap() {
    }

    /** What happened: the demo users' token lines (empty when none were made) and notes for the log. */
    record Result(List<String> demoTokens, List<String> notes) {
    }

    static Result run(ServerConfig config, HouseholdRepository households, StandardsRepository standards,
                      UserRepository users) {
        boolean empty = users.count() == 0 && households.countRows() == 0;
        List<String> notes = new ArrayList<>();
        boolean admin = false;
        if (config.adminToken().isPresent()) {
            if (users.count() == 0) {
                users.create(Actor.SYSTEM, ADMIN_NAME, Role.ADMIN.code(), "000000", Tokens.hash(config.adminToken().get()));
                admin = true;
                notes.add("已创建初始管理员 admin（令牌来自 RELIEF_ADMIN_TOKEN）/ bootstrap administrator 'admin' created "
                        + "(token from RELIEF_ADMIN_TOKEN)");
            } else {
                notes.add("存储中已有用户，忽略 RELIEF_ADMIN_TOKEN / the store has users already: RELIEF_ADMIN_TOKEN ignored");
            }
        }
        List<String> tokens = config.demo() && empty
                ? DemoData.seed(households, standards, users, config.dataDir(), admin) : List.of();
        return new Result(tokens, notes);
    }
}
