package org.relief.server.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.OutputStreamAppender;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's logging in code, and an operator's or embedding application's own file winning over it. */
class LogSetupTest {

    @Test
    void withoutAFileOfItsOwn_theServerSetsUpItsMaskedConsole() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, setup.configure(context));
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        assertEquals(Level.INFO, context.getLogger("org.relief").getLevel());
        OutputStreamAppender<?> stderr = (OutputStreamAppender<?>) root.getAppender("STDERR");
        assertNotNull(stderr);
        assertTrue(stderr.isStarted());
        String pattern = ((ch.qos.logback.classic.encoder.PatternLayoutEncoder) stderr.getEncoder()).getPattern();
        assertTrue(pattern.contains("%maskedMsg") && pattern.contains("%maskedEx"), pattern);
    }

    @Test
    void aLogbackXmlOnTheClassPath_isLeftToLogback(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("logback.xml"), "<configuration/>");
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader withFile = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(withFile);
            LoggerContext context = new LoggerContext();
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, setup.configure(context));
            assertNull(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR"));
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
