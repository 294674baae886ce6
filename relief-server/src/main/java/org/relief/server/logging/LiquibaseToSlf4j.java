package org.relief.server.logging;

import java.util.logging.Level;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase's log through SLF4J (so through the masking of {@link LogSetup}) instead of
 * {@code java.util.logging} on the console. Its INFO is a line per change set and per query of its
 * history: that goes to DEBUG; warnings and errors stay what they are, one line each with the
 * exception's type, never its stack trace. Set in the scope the migrations run in.
 */
public final class LiquibaseToSlf4j extends AbstractLogService {
    private static final Logger LOG = LoggerFactory.getLogger("liquibase");
    private static final Forward FORWARD = new Forward();

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    @SuppressWarnings("rawtypes") // Liquibase's interface declares the raw type
    public liquibase.logging.Logger getLog(Class clazz) {
        return FORWARD;
    }

    private static final class Forward extends AbstractLogger {
        @Override
        public void log(Level level, String message, Throwable e) {
            int v = level.intValue();
            if (v == Level.OFF.intValue()) {
                return; // "never log": the level Liquibase gives messages it means to keep quiet
            }
            String line = (message == null ? "" : message) + (e == null ? "" : " (" + e.getClass().getName() + ")");
            if (v >= Level.SEVERE.intValue()) {
                LOG.error(line);
            } else if (v >= Level.WARNING.intValue()) {
                LOG.warn(line);
            } else if (v >= Level.FINE.intValue()) {
                LOG.debug(line);
            } else {
                LOG.trace(line);
            }
        }
    }
}
