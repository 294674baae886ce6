package org.relief.server.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may call a route: open to anyone (no token), or to the listed roles, with the action named
 * in both languages for the 403 answer. One entry per route of the route table; jurisdiction is
 * checked by the controllers per record.
 *
 * @param roles    the roles allowed; empty for an open route
 * @param actionZh what the route does, in Chinese ("登记家庭")
 * @param actionEn the same in English ("create households")
 */
public record Access(Set<Role> roles, String actionZh, String actionEn) {
    private static final Access OPEN = new Access(Set.of(), "", "");

    public Access {
        roles = Set.copyOf(roles);
        Objects.requireNonNull(actionZh, "actionZh");
        Objects.requireNonNull(actionEn, "actionEn");
    }

    /** A route open without a token. */
    public static Access open() {
        return OPEN;
    }

    /** A route for a token of one of {@code roles}. */
    public static Access of(String actionZh, String actionEn, Role first, Role... more) {
        return new Access(EnumSet.of(first, more), actionZh, actionEn);
    }

    /** A route for any valid token. */
    public static Access anyRole(String actionZh, String actionEn) {
        return new Access(EnumSet.allOf(Role.class), actionZh, actionEn);
    }

    /** Whether the route needs no token. */
    public boolean isOpen() {
        return roles.isEmpty();
    }

    /** Whether {@code role} may call the route. */
    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
