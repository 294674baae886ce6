package org.relief.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/** Guice wiring of the HTTP adapter: the one configured ObjectMapper and the controllers. */
public final class HttpModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(HealthController.class).in(Singleton.class);
        bind(ModulesController.class).in(Singleton.class);
        bind(StandardsController.class).in(Singleton.class);
        bind(OpenApiController.class).in(Singleton.class);
        bind(DeterminationController.class).in(Singleton.class);
        bind(WebApp.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return ServerJson.mapper();
    }
}
