package org.relief.server.http;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Tag;
import org.relief.server.ServerHarness;
import org.relief.server.TestStores;
import org.relief.testkit.tck.ServerScenarioConformance;

/**
 * The reference server against the kit's lifecycle contract: every golden scenario — national and
 * of each module — passes over HTTP as it passes in process, on one server with an empty store and a
 * bootstrap administrator (the scenarios of all files share that store, as FORMAT's HTTP binding says).
 * The store is {@link TestStores}'s: embedded Derby, or PostgreSQL in the PostgreSQL leg.
 */
@Tag("store")
class ReferenceServerScenarioConformanceTest extends ServerScenarioConformance {
    static final String ADMIN_TOKEN = "reference-scenarios-admin-token-0123456789";
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

    @Override
    protected List<String> scenarioLocations() {
        return List.of("/relief-scenarios/national", "/relief-scenarios/xuchang", "/relief-scenarios/liaocheng",
                "/relief-scenarios/anhui", "/relief-scenarios/linfen");
    }
}
