package org.relief.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The server's logging, set up in code (found by logback through {@code java.util.ServiceLoader}):
 * relief at INFO, libraries at WARN, one console appender {@code STDERR} whose messages and
 * exceptions are masked for ID-number shapes ({@link MaskedMessage}, {@link MaskedThrowable}).
 * Written in code rather than {@code logback.xml} because reading the XML loaded some 400 classes
 * and took about half a second of every start (issue 19).
 *
 * <p>An operator's own configuration still wins: with {@code -Dlogback.configurationFile=…} set, or a
 * {@code logback.xml} (or {@code logback-test.xml}) on the class path of an application that embeds the
 * server, this does nothing and logback reads that file as usual (the server's jar ships none).
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** The console line: time, level, logger, masked message, masked exception. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} %-5level %logger{0} - %maskedMsg%n%maskedEx";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || onClassPath("logback-test.xml")
                || onClassPath("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        @SuppressWarnings("unchecked")
        Map<String, Supplier<DynamicConverter<?>>> rules =
                (Map<String, Supplier<DynamicConverter<?>>>) context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put("maskedMsg", MaskedMessage::new);
        rules.put("maskedEx", MaskedThrowable::new);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        context.getLogger("org.relief").setLevel(Level.INFO);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static boolean onClassPath(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null ? loader : LogSetup.class.getClassLoader()).getResource(resource) != null;
    }
}
