package org.relief.server.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Users. A token is returned once, at creation; only its hash is stored. */
public final class UserRepository {
    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    public UserRepository(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** A user as the server sees it ({@code active}: not revoked). */
    public record User(long id, String name, String role, String jurisdiction, boolean active) {
        static User of(UserEntity e) {
            return new User(e.getId(), e.getName(), e.getRole(), e.getAdminCode(), e.getDisabledAt() == null);
        }
    }

    /**
     * Creates a user whose token hashes to {@code tokenHash}.
     *
     * @throws NameTakenException when the name exists (the unique constraint on the name decides, so
     *                            two concurrent creations of one name cannot both succeed)
     */
    public User create(Actor actor, String name, String role, String jurisdiction, String tokenHash) {
        try {
            return db.write(em -> {
                UserEntity e = new UserEntity(name, role, jurisdiction, tokenHash, clock.instant());
                em.persist(e);
                em.flush();
                audit.append(em, new AuditLog.Change(actor.name(), actor.role(), "user.create", "user:" + e.getId(),
                        jurisdiction, null, name + " " + role + " " + jurisdiction));
                return User.of(e);
            });
        } catch (jakarta.persistence.PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw new NameTakenException();
            }
            throw e;
        }
    }

    /** The active (not revoked) user whose token hashes to {@code hash}: read on every request, never cached. */
    public Optional<User> activeByTokenHash(String hash) {
        return db.read(em -> em.createQuery("select u from UserEntity u where u.tokenHash = :h and u.disabledAt is null",
                UserEntity.class).setParameter("h", hash).getResultList().stream().findFirst().map(User::of));
    }

    /** The active user of that name. */
    public Optional<User> active(String name) {
        return db.read(em -> activeEntity(em, name).map(User::of));
    }

    /** Users whose jurisdiction starts with {@code prefix}, by name. */
    public List<User> list(String prefix) {
        return db.read(em -> em.createQuery("select u from UserEntity u where u.adminCode like :p order by u.name",
                UserEntity.class).setParameter("p", prefix + "%").getResultList().stream().map(User::of).toList());
    }

    /** Revokes an active user (audited); false when there is none of that name. */
    public boolean revoke(Actor actor, String name) {
        return db.write(em -> activeEntity(em, name).map(e -> {
            e.disable(clock.instant());
            em.flush();
            audit.append(em, new AuditLog.Change(actor.name(), actor.role(), "user.revoke", "user:" + e.getId(),
                    e.getAdminCode(), e.getName() + " active", e.getName() + " revoked " + e.getDisabledAt()));
            return true;
        }).orElse(false));
    }

    /** Gives an active user a new token (audited; the old one is refused at once); empty when there is none. */
    public Optional<User> rotate(Actor actor, String name, String newTokenHash) {
        return db.write(em -> activeEntity(em, name).map(e -> {
            String before = e.getTokenHash();
            e.rotate(newTokenHash);
            em.flush();
            // Digests of the hashes only: no token, not even its hash, in the log.
            audit.append(em, new AuditLog.Change(actor.name(), actor.role(), "user.token.rotate", "user:" + e.getId(),
                    e.getAdminCode(), before, newTokenHash));
            return User.of(e);
        }));
    }

    private static Optional<UserEntity> activeEntity(jakarta.persistence.EntityManager em, String name) {
        return em.createQuery("select u from UserEntity u where u.name = :n and u.disabledAt is null", UserEntity.class)
                .setParameter("n", name).getResultList().stream().findFirst();
    }

    public long count() {
        return db.read(em -> em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult());
    }

    /** The stored token hashes (tests check no token is stored in clear). */
    public List<String> storedTokenColumn() {
        return db.read(em -> em.createQuery("select u.tokenHash from UserEntity u", String.class).getResultList());
    }
}
