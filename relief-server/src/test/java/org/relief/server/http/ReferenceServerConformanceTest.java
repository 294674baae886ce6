package org.relief.server.http;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.relief.server.ServerHarness;
import org.relief.testkit.tck.ServerConformance;

/**
 * The reference server against the kit's HTTP contract: every golden case — the national
 * baseline's and each regional module's — gives over HTTP the same answer as in-process.
 */
class ReferenceServerConformanceTest extends ServerConformance {
    @TempDir
    static Path dir;
    static ServerHarness http;

    @BeforeAll
    static void start() {
        http = new ServerHarness(dir.resolve("data"));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Override
    protected String baseUrl() {
        return http.base();
    }

    @Override
    protected List<String> caseLocations() {
        return List.of("/relief-cases/national",
                "/relief-cases/xuchang",
                "/relief-cases/liaocheng",
                "/relief-cases/anhui",
                "/relief-cases/linfen");
    }
}
