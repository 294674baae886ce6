package org.relief.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.http.Problems;
import org.relief.server.persistence.Database;
import org.slf4j.LoggerFactory;

/** Issue 15 item 15: ID-number shapes are masked in every log line; an error logs its id, route and type only. */
class LogMaskingTest {
    static final String ID = "411082196001011238";

    @Test
    void theConfiguredLayoutMasksIdNumbers_inMessagesAndExceptions() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR");
        LoggingEvent event = new LoggingEvent(LogMaskingTest.class.getName(), root, Level.WARN,
                "value too long for issuer '{}'", new IllegalStateException("rejected " + ID), new Object[] {ID});
        String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
        assertFalse(line.contains(ID), line);
        assertTrue(line.contains("value too long for issuer '411082********1238'"), line);
        assertTrue(line.contains("rejected 411082********1238"), line);
    }

    @Test
    void anInternalError_logsItsIdRouteAndTypeOnly(@TempDir Path dir) {
        Logger problems = (Logger) LoggerFactory.getLogger(Problems.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        problems.addAppender(captured);
        try (ServerHarness http = new ServerHarness(ServerConfig.forTest(dir.resolve("data")).withDemo(true))) {
            String admin = http.token("admin");
            http.server().injector().getInstance(Database.class).close();
            assertEquals(500, http.call("POST", "/api/v1/households", admin, "{\"label\":\"" + ID + "\",\"area\":\"411082\","
                    + "\"household\":{\"members\":[{\"id\":\"p1\",\"idNumber\":\"" + ID + "\"}]}}").statusCode());
        } finally {
            problems.detachAppender(captured);
        }
        assertEquals(1, captured.list.size());
        ILoggingEvent e = captured.list.get(0);
        assertNull(e.getThrowableProxy(), "no stack trace");
        assertTrue(e.getFormattedMessage().matches("error [0-9a-f-]{36} on POST /api/v1/households: [\\w.$]+ at [\\w.$]+:\\d+"),
                e.getFormattedMessage());
        assertFalse(e.getFormattedMessage().contains(ID));
    }
}
