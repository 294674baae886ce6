package org.relief.testkit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.relief.testkit.junit.ReliefCases;

/**
 * The national baseline's golden cases (NA-01 … NA-13, region 000000), hand-computed with the
 * arithmetic in each case's note. They ship inside the kit ({@code /relief-cases/national}) so a
 * vendor can run them against an embedding too.
 */
class NationalGoldenCasesTest {
    @TestFactory
    Stream<DynamicTest> nationalBaseline() {
        return ReliefCases.dynamicTests("/relief-cases/national");
    }
}
