package org.relief.rules.anhui;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.relief.testkit.junit.ReliefScenarios;

/**
 * The module's golden lifecycle scenarios ({@code relief-scenarios/1}, shipped in the module jar under
 * {@code relief-scenarios/anhui}) run in-process through the kit, one dynamic test per scenario.
 */
class AnhuiGoldenScenariosTest {
    @TestFactory
    Stream<DynamicTest> goldenScenarios() {
        return ReliefScenarios.dynamicTests("/relief-scenarios/anhui", new AnhuiModule());
    }
}
