package org.relief.server.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;

/** Guice wiring of the store: the database, the audit log and the repositories. */
public final class PersistenceModule extends AbstractModule {
    private final Database db;

    /** {@code db}: the store, opened before the injector so that a failure to open it is reported at once. */
    public PersistenceModule(Database db) {
        this.db = db;
    }

    @Provides
    @Singleton
    Database database() {
        return db;
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    AuditLog auditLog(Clock clock) {
        return new AuditLog(clock);
    }

    @Provides
    @Singleton
    HouseholdRepository households(Database db, AuditLog audit, Clock clock) {
        return new HouseholdRepository(db, audit, clock);
    }

    @Provides
    @Singleton
    StandardsRepository standards(Database db, AuditLog audit, Clock clock) {
        return new StandardsRepository(db, audit, clock);
    }

    @Provides
    @Singleton
    UserRepository users(Database db, AuditLog audit, Clock clock) {
        return new UserRepository(db, audit, clock);
    }

    @Provides
    @Singleton
    AuditRepository auditRepository(Database db) {
        return new AuditRepository(db);
    }
}
