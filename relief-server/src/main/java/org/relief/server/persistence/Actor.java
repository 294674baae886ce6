package org.relief.server.persistence;

/** Who makes a change, for the audit log: user name, role code and jurisdiction code. */
public record Actor(String name, String role, String jurisdiction) {
    /** The server itself (first-start seeding). */
    public static final Actor SYSTEM = new Actor("system", "system", "000000");
}
