package org.relief.server.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.relief.server.security.IdMask;

/**
 * A library's exception in the log, with every ID-number shape in its messages masked (our own code
 * logs no exception, only the error id, the route and the exception type). {@code %maskedEx} in
 * the server's log pattern ({@link LogSetup}).
 */
public final class MaskedThrowable extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return IdMask.text(super.throwableProxyToString(tp));
    }
}
