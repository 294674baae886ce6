package org.relief.server.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.relief.server.security.Role;

/**
 * Which role may take which step of a case (the route checks the role may act on cases at all; a
 * step outside the role is 403 and stores nothing): the village assistant applies and records the
 * survey; the township caseworker runs the procedure and decides where the township approves (the
 * decision's approval level is checked after the step is computed); the county approver and the
 * administrator may take every step.
 */
final class StepPermissions {
    private static final Set<String> TOWNSHIP = Set.of("apply", "accept", "survey", "propose", "object", "appraise", "extend",
            "withdraw", "decide", "review", "terminate", "death", "fraud");
    private static final Map<Role, Set<String>> STEPS = Map.of(
            Role.VILLAGE_ASSISTANT, Set.of("apply", "survey"),
            Role.TOWNSHIP_REVIEWER, TOWNSHIP,
            Role.COUNTY_APPROVER, TOWNSHIP,
            Role.ADMIN, TOWNSHIP);

    /** The roles that may take some step of a case. */
    static final Set<Role> CASE_ROLES = EnumSet.of(Role.VILLAGE_ASSISTANT, Role.TOWNSHIP_REVIEWER, Role.COUNTY_APPROVER,
            Role.ADMIN);

    private StepPermissions() {
    }

    static boolean allows(Role role, String step) {
        return STEPS.getOrDefault(role, Set.of()).contains(step);
    }

    /** Whether {@code role} may take a decision at county level (the township's caseworker may not). */
    static boolean decidesAtCountyLevel(Role role) {
        return role == Role.COUNTY_APPROVER || role == Role.ADMIN;
    }
}
