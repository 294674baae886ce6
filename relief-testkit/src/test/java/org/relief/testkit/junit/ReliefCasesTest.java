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
