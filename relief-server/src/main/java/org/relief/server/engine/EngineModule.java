package org.relief.server.engine;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;

/** Guice wiring of the engine: the national baseline plus every rule module on the class path. */
public final class EngineModule extends AbstractModule {
    @Provides
    @Singleton
    RuleModules ruleModules() {
        return RuleModules.discover(EngineModule.class.getClassLoader());
    }

    @Provides
    @Singleton
    ReliefEngine engine(RuleModules modules) {
        return ReliefEngine.create(modules);
    }
}
