package org.relief.testkit.scenarios;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.relief.testkit.junit.ReliefScenarios;

/** The national golden scenarios shipped in the kit, in-process (NA-11, NA-13 and the determinations they rely on). */
class NationalGoldenScenariosTest {
    @TestFactory
    Stream<DynamicTest> nationalScenarios() {
        return ReliefScenarios.dynamicTests("/relief-scenarios/national", org.relief.core.engine.RuleModules.of());
    }
}
