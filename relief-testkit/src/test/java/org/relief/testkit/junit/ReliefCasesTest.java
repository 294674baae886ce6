package org.relief.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Golden cases as dynamic tests, in three lines. */
class ReliefCasesTest {
    @TestFactory
    Stream<DynamicTest> cases() {
        return ReliefCases.dynamicTests("/cases/good");
    }

    @TestFactory
    Stream<DynamicTest> oneFileByFileSystemPath() {
        return ReliefCases.dynamicTests("src/test/resources/cases/good/refusals.json");
    }

    @Test
    void oneDynamicTestPerCaseNamedByFileAndId() {
        List<String> names = ReliefCases.dynamicTests("/cases/good").map(DynamicTest::getDisplayName).toList();
        assertEquals(12, names.size());
        assertTrue(names.contains("/cases/good/dibao.json › KIT-dibao-two-persons-eligible"), names.toString());
    }

    @Test
    void casesInsideAJarOnTheClassPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path jar = dir.resolve("cases.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("jarcases/"));
            out.putNextEntry(new java.util.jar.JarEntry("jarcases/refusals.json"));
            out.write(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/cases/good/refusals.json")));
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(cl);
            List<DynamicTest> tests = ReliefCases.dynamicTests("/jarcases").toList();
            assertEquals(5, tests.size());
            for (DynamicTest t : tests) {
                t.getExecutable().execute();
            }
            assertEquals("/jarcases/refusals.json › KIT-invalid-id-number", tests.get(0).getDisplayName());
        } catch (Throwable t) {
            throw new AssertionError(t);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void anUnreadableLocationFailsTheFactory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReliefCases.dynamicTests("/nope"));
        assertTrue(e.getMessage().contains("/nope"));
    }

    /** Run by EngineTestKit only (its name does not end in Test). */
    static class FailingCases {
        @TestFactory
        Stream<DynamicTest> cases() {
            return ReliefCases.dynamicTests("/cases/failing");
        }
    }

    @Test
    void failingAndMalformedCasesFailTheirDynamicTestWithTheDifferences() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingCases.class)).execute().testEvents();
        assertEquals(1, tests.succeeded().count());
        List<Event> failed = tests.failed().list();
        assertEquals(5, failed.size());
        String messages = failed.stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse(""))
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(messages.contains("WRONG-amount-and-line: monthlyAmount: expected 621.00, actual 620.00"), messages);
        assertTrue(messages.contains("cases[2].members[p1].incomez: unknown key"), messages);
    }
}
