package org.relief.testkit.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.relief.testkit.json.JsonAnswer;

/**
 * Where a scenario's steps are sent: in this JVM ({@link InProcessScenarioTransport}) or to a
 * server's HTTP API. Each step arrives as the body of the HTTP binding of {@code relief-scenarios/1}
 * and is answered as the binding answers it.
 */
public interface ScenarioTransport {
    /** The routes of the binding. */
    enum Route {
        /** {@code apply} → {@code POST /api/v1/cases}. */
        APPLY("/api/v1/cases"),
        /** A later case step → {@code POST /api/v1/cases/{id}/steps}. */
        STEP("/api/v1/cases/{id}/steps"),
        /** {@code publish} → {@code POST /api/v1/standards}. */
        PUBLISH("/api/v1/standards"),
        /** {@code prices} → {@code POST /api/v1/price-indices}. */
        PRICES("/api/v1/price-indices"),
        /** {@code grant} → {@code POST /api/v1/grants}. */
        GRANT("/api/v1/grants"),
        /** {@code roster} → {@code POST /api/v1/rosters}. */
        ROSTER("/api/v1/rosters"),
        /** {@code sample} → {@code POST /api/v1/samples}. */
        SAMPLE("/api/v1/samples");

        private final String path;

        Route(String path) {
            this.path = path;
        }

        /** The route's path, {@code {id}} standing for the case id. */
        public String path() {
            return path;
        }

        /** The route of a step's {@code do}. */
        public static Route of(String code) {
            return switch (code) {
                case "apply" -> APPLY;
                case "publish" -> PUBLISH;
                case "prices" -> PRICES;
                case "grant" -> GRANT;
                case "roster" -> ROSTER;
                case "sample" -> SAMPLE;
                default -> STEP;
            };
        }
    }

    /**
     * Called before each scenario. In process every scenario starts from an empty store; over HTTP
     * the store is shared by the run (the runner checks only the scenario's own cases).
     */
    void begin(Scenario scenario);

    /**
     * Sends one step.
     *
     * @param caseId the server's case id, for {@link Route#STEP}
     * @throws Exception when the implementation cannot be asked (the scenario fails with it)
     */
    JsonAnswer send(Route route, Optional<String> caseId, ObjectNode body) throws Exception;
}
