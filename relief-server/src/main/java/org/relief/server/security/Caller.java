package org.relief.server.security;

/** The authenticated official behind a request. */
public record Caller(long userId, String name, Role role, Jurisdiction jurisdiction) {
}
