package org.relief.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.RuleModules;
import org.relief.core.lifecycle.Case;
import org.relief.core.roster.Roster;
import org.relief.testkit.scenarios.InProcessScenarioTransport;
import org.relief.testkit.scenarios.ScenarioReader;
import org.relief.testkit.scenarios.ScenarioRunner;

/** Cases, rosters and grants made by the golden scenarios read back equal from their stored JSON. */
class SnapshotCodecTest {
    @Test
    void everyCaseOfTheGoldenScenarios_roundTripsEqual() throws Exception {
        // run every golden scenario of every module in process, keeping the cases it makes
        CapturingTransport t = new CapturingTransport(RuleModules.discover());
        var files = ScenarioReader.readAll(List.of(java.nio.file.Path.of("../relief-testkit/src/main/resources/relief-scenarios"),
                java.nio.file.Path.of("../relief-rules-xuchang/src/main/resources/relief-scenarios"),
                java.nio.file.Path.of("../relief-rules-liaocheng/src/main/resources/relief-scenarios"),
                java.nio.file.Path.of("../relief-rules-anhui/src/main/resources/relief-scenarios"),
                java.nio.file.Path.of("../relief-rules-linfen/src/main/resources/relief-scenarios")));
        var result = new ScenarioRunner(t).run(files);
        assertEquals(0, result.failed(), result.failures().toString());
        int n = 0;
        for (Case c : t.cases()) {
            String json = SnapshotCodec.write(c);
            assertEquals(c, SnapshotCodec.read(json, Case.class), () -> "differs after a round trip: " + c.id());
            // stored in two parts (schema version 4): the state, and each step on its own
            List<String> steps = c.steps().stream().map(SnapshotCodec::write).toList();
            Case parts = SnapshotCodec.readCase(SnapshotCodec.writeCase(c),
                    count -> steps.subList(0, count).stream().map(SnapshotCodec::readStep).toList());
            assertEquals(c, parts, () -> "differs read back from its parts: " + c.id());
            assertEquals(c, SnapshotCodec.readCase(json, count -> {
                throw new AssertionError("a case stored whole has its steps in it");
            }));
            n++;
        }
        assertTrue(n > 100, "cases seen: " + n);
        for (Roster r : t.rosters()) {
            assertEquals(r, SnapshotCodec.read(SnapshotCodec.write(r), Roster.class));
        }
        assertFalse(t.rosters().isEmpty());
    }

    @Test
    void aCaseStateWithoutItsSteps_readOtherwiseThanThroughItsStore_isAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SnapshotCodec.read(
                "{\"id\":{\"value\":\"1\"},\"steps\":3}", Case.class));
        assertTrue(e.getMessage().contains("stored apart"), e.getMessage());
    }

    /** The in-process transport, keeping every case and submitted roster the scenarios make. */
    static final class CapturingTransport implements org.relief.testkit.scenarios.ScenarioTransport {
        private final InProcessScenarioTransport inner;
        private final java.util.Map<String, Case> cases = new java.util.LinkedHashMap<>();
        private final List<Roster> rosters = new java.util.ArrayList<>();
        private int scenario;

        CapturingTransport(RuleModules modules) {
            inner = new InProcessScenarioTransport(modules);
        }

        @Override
        public void begin(org.relief.testkit.scenarios.Scenario s) {
            scenario++;
            inner.begin(s);
        }

        @Override
        public org.relief.testkit.json.JsonAnswer send(Route route, java.util.Optional<String> caseId,
                                                         com.fasterxml.jackson.databind.node.ObjectNode body) {
            var a = inner.send(route, caseId, body);
            if ((route == Route.APPLY || route == Route.STEP) && a.status() < 300) {
                String id = a.body().get("id").asText();
                inner.caseService().find(org.relief.core.lifecycle.CaseId.of(id)).ifPresent(c -> cases.put(scenario + "/" + id, c));
            }
            if (route == Route.ROSTER && a.status() < 300 && a.body().path("submitted").asBoolean()) {
                inner.payroll().rosters().submitted(org.relief.core.model.AdminCode.of(body.get("region").asText()),
                        YearMonth.parse(body.get("month").asText())).ifPresent(rosters::add);
            }
            return a;
        }

        java.util.Collection<Case> cases() {
            return cases.values();
        }

        List<Roster> rosters() {
            return rosters;
        }
    }

    @Test
    void aStoredValueThatDoesNotReadIsAnError() {
        assertThrows(IllegalStateException.class, () -> SnapshotCodec.read("{\"nonsense\":1}", Case.class));
    }
}
