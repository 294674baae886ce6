package org.relief.server;

import com.google.inject.AbstractModule;

/** Binds the configuration read at start. */
final class ConfigModule extends AbstractModule {
    private final ServerConfig config;

    ConfigModule(ServerConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(ServerConfig.class).toInstance(config);
    }
}
