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

    /** A user as the server sees it. */
    public record User(long id, String name, String role, String jurisdiction) {
        static User of(UserEntity e) {
            return new User(e.getId(), e.getName(), e.getRole(), e.getAdminCode());
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

    /** The user whose token hashes to {@code hash}, if any. */
    public Optional<User> activeByTokenHash(String hash) {
        return db.read(em -> em.createQuery("select u from UserEntity u where u.tokenHash = :h", UserEntity.class)
                .setParameter("h", hash).getResultList().stream().findFirst().map(User::of));
    }

    public long count() {
        return db.read(em -> em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult());
    }

    /** The stored token hashes (tests check no token is stored in clear). */
    public List<String> storedTokenColumn() {
        return db.read(em -> em.createQuery("select u.tokenHash from UserEntity u", String.class).getResultList());
    }
}
