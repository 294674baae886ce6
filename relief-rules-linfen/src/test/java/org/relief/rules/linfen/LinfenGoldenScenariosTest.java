package org.relief.rules.linfen;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.relief.testkit.junit.ReliefScenarios;

/**
 * The module's golden lifecycle scenarios ({@code relief-scenarios/1}, shipped in the module jar under
 * {@code relief-scenarios/linfen}) run in-process through the kit, one dynamic test per scenario.
 */
class LinfenGoldenScenariosTest {
    @TestFactory
    Stream<DynamicTest> goldenScenarios() {
        return ReliefScenarios.dynamicTests("/relief-scenarios/linfen", new LinfenModule());
    }
}
