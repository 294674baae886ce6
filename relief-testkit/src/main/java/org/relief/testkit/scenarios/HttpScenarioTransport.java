package org.relief.testkit.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.runner.HttpTransport;

/**
 * Sends each step to a server's HTTP API (the binding of {@code relief-scenarios/1}): {@code apply}
 * to {@code POST /api/v1/cases}, later case steps to {@code POST /api/v1/cases/{id}/steps}, and so on
 * ({@link ScenarioTransport.Route}). The server's store is shared by the whole run: it starts empty,
 * and the files keep their scenarios independent (distinct counties where they publish, grant or
 * submit rosters; distinct ID numbers).
 */
public final class HttpScenarioTransport implements ScenarioTransport {
    private final HttpTransport http;

    /** Over an HTTP transport (base URL and token). */
    public HttpScenarioTransport(HttpTransport http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public void begin(Scenario scenario) {
        // the store is the server's, shared by the run
    }

    @Override
    public JsonAnswer send(Route route, Optional<String> caseId, ObjectNode body) throws IOException, InterruptedException {
        String path = route == Route.STEP ? route.path().replace("{id}", caseId.orElseThrow()) : route.path();
        return http.post(path, body);
    }
}
