package org.relief.server.engine;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.server.persistence.StandardsRepository;

/**
 * Guice wiring of the engine: the national baseline plus every rule module on the class path, and
 * the standards published through the server over the modules' defaults.
 */
public final class EngineModule extends AbstractModule {
    @Provides
    @Singleton
    RuleModules ruleModules() {
        return RuleModules.discover(EngineModule.class.getClassLoader());
    }

    @Provides
    @Singleton
    ReliefEngine engine(RuleModules modules, StandardsRepository published) {
        // Published values prevail over the modules' defaults from their effective dates.
        return ReliefEngine.create(modules, published::table);
    }
}
