package org.relief.server.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.relief.server.security.IdMask;

/**
 * The log message with every ID-number shape masked ({@link IdMask#text}): whatever a library or
 * our code puts into a log line, a resident ID number never reaches the log in clear.
 * {@code %maskedMsg} in the server's log pattern ({@link LogSetup}).
 */
public final class MaskedMessage extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return IdMask.text(super.convert(event));
    }
}
