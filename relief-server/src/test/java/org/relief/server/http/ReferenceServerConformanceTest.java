package org.relief.server.http;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerHarness;
import org.relief.testkit.tck.ServerConformance;
import org.relief.server.TestStores;

/**
 * The reference server against the kit's HTTP contract: every golden case — the national
 * baseline's and each regional module's — gives over HTTP the same answer as in-process. As a
 * conformance run should, it starts on an empty store (no demo data: no illustrative standard can
 * change an answer) with a bootstrap administrator whose token the run sends.
 */
@Tag("store")
class ReferenceServerConformanceTest extends ServerConformance {
    static final String ADMIN_TOKEN = "reference-conformance-admin-token-0123456789";
    static final List<String> MODULES = List.of("xuchang", "liaocheng", "anhui", "linfen");
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> TestStores.config(data).withDemo(false).withAdminToken(ADMIN_TOKEN));

    @Override
    protected String baseUrl() {
        return http.base();
    }

    @Override
    protected Optional<String> token() {
        return Optional.of(ADMIN_TOKEN);
    }

    /** The module's cases on the class path (when its jar carries them), else its source folder. */
    @Override
    protected List<String> caseLocations() {
        return List.of("/relief-cases/national",
                "/relief-cases/xuchang",
                "/relief-cases/liaocheng",
                "/relief-cases/anhui",
                "/relief-cases/linfen");
    }
}
