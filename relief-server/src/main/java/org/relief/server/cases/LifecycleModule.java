package org.relief.server.cases;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.ledger.Grants;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.roster.Payroll;
import org.relief.core.sample.Sampler;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaCaseStore;
import org.relief.server.persistence.JpaLedger;
import org.relief.server.persistence.JpaPriceIndices;
import org.relief.server.persistence.JpaRosterRuns;
import org.relief.server.persistence.JpaRosterStore;
import org.relief.server.ServerConfig;
import org.relief.server.runs.RosterWorkers;

/** Guice wiring of the case lifecycle: core's lifecycle, payroll, ledger and sampler over the JPA stores; the roster-run workers. */
public final class LifecycleModule extends AbstractModule {
    @Provides
    @Singleton
    Lifecycle lifecycle(ReliefEngine engine) {
        return Lifecycle.create(engine);
    }

    @Provides
    @Singleton
    JpaCaseStore cases(Database db, Clock clock) {
        return new JpaCaseStore(db, clock);
    }

    @Provides
    @Singleton
    JpaRosterStore rosters(Database db, Clock clock) {
        return new JpaRosterStore(db, clock);
    }

    @Provides
    @Singleton
    JpaRosterRuns rosterRuns(Database db, Clock clock) {
        return new JpaRosterRuns(db, clock);
    }

    @Provides
    @Singleton
    RosterWorkers rosterWorkers(Database db, Payroll payroll, JpaRosterRuns runs, RosterSubmission submission, ServerConfig config) {
        return new RosterWorkers(db, payroll, runs, submission, config);
    }

    @Provides
    @Singleton
    JpaPriceIndices prices(Database db, Clock clock) {
        return new JpaPriceIndices(db, clock);
    }

    @Provides
    @Singleton
    Payroll payroll(Lifecycle lifecycle, JpaCaseStore cases, JpaRosterStore rosters, JpaPriceIndices prices) {
        return new Payroll(lifecycle, cases, rosters, prices);
    }

    @Provides
    @Singleton
    Grants grants(Lifecycle lifecycle, Database db, Clock clock) {
        return new Grants(lifecycle, new JpaLedger(db, clock));
    }

    @Provides
    @Singleton
    Sampler sampler(Lifecycle lifecycle, JpaCaseStore cases) {
        return new Sampler(lifecycle, cases);
    }
}
