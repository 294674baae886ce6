package org.relief.server.logging;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EclipseLink's log through SLF4J (so through the masking of {@link LogSetup}), one line per
 * entry: the message and the exception's type, never its stack trace nor the SQL bind values.
 * Named in the persistence properties ({@code eclipselink.logging.logger}).
 */
public final class EclipseLinkToSlf4j extends AbstractSessionLog {
    private static final Logger LOG = LoggerFactory.getLogger("org.eclipse.persistence");

    @Override
    public void log(SessionLogEntry entry) {
        if (!shouldLog(entry.getLevel())) {
            return;
        }
        String message = entry.hasMessage() ? formatMessage(entry) : "";
        if (entry.hasException()) {
            message = message + (message.isEmpty() ? "" : " ") + "(" + entry.getException().getClass().getName() + ")";
        }
        switch (entry.getLevel()) {
            case SessionLog.SEVERE -> LOG.error(message);
            case SessionLog.WARNING -> LOG.warn(message);
            case SessionLog.INFO -> LOG.info(message);
            default -> LOG.debug(message);
        }
    }
}
