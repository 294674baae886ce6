package org.relief.testkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static Arguments parse(String... args) throws Arguments.UsageException {
        return Arguments.parse(List.of(args));
    }

    @Test
    void modulesTakeTheFollowingJarsThenPathsFollow() throws Exception {
        Arguments a = parse("--modules", "a.jar", "b.jar", "cases", "more.json");
        assertEquals(List.of(Path.of("a.jar"), Path.of("b.jar")), a.modules());
        assertEquals(List.of(Path.of("cases"), Path.of("more.json")), a.paths());
    }

    @Test
    void modulesMayBeRepeatedJoinedOrInline() throws Exception {
        Arguments a = parse("cases", "--modules=a.jar", "--modules", "b.jar:c.jar", "x.json");
        assertEquals(List.of(Path.of("a.jar"), Path.of("b.jar"), Path.of("c.jar")), a.modules());
        assertEquals(List.of(Path.of("cases"), Path.of("x.json")), a.paths());
    }

    @Test
    void reportsAndReservedOptions() throws Exception {
        Arguments a = parse("--junit-xml", "j.xml", "--report=r.html", "--server", "http://127.0.0.1:7070", "--token", "t", "c");
        assertEquals(Optional.of(Path.of("j.xml")), a.junitXml());
        assertEquals(Optional.of(Path.of("r.html")), a.report());
        assertEquals(Optional.of("http://127.0.0.1:7070"), a.server());
        assertEquals(Optional.of("t"), a.token());
        assertEquals(List.of(Path.of("c")), a.paths());
    }

    @Test
    void wrongArguments() {
        assertThrows(Arguments.UsageException.class, () -> parse());
        assertThrows(Arguments.UsageException.class, () -> parse("--modules", "cases"));
        assertThrows(Arguments.UsageException.class, () -> parse("--report"));
        assertThrows(Arguments.UsageException.class, () -> parse("--report", "--junit-xml", "x", "c"));
        assertThrows(Arguments.UsageException.class, () -> parse("--help=yes"));
        assertThrows(Arguments.UsageException.class, () -> parse("-x", "c"));
        assertTrue(assertDoesNotThrow(() -> parse("--help")).help());
        assertEquals(List.of(Path.of("--odd.json")), assertDoesNotThrow(() -> parse("--", "--odd.json")).paths());
    }

    private static Arguments assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<Arguments> s) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
    }
}
