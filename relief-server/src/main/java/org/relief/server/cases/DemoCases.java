package org.relief.server.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relief.core.lifecycle.CaseId;
import org.relief.server.security.Caller;
import org.relief.server.security.Jurisdiction;
import org.relief.server.security.Role;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.RunResult;
import org.relief.testkit.scenarios.Scenario;
import org.relief.testkit.scenarios.ScenarioFile;
import org.relief.testkit.scenarios.ScenarioReader;
import org.relief.testkit.scenarios.ScenarioRunner;
import org.relief.testkit.scenarios.ScenarioTransport;

/**
 * The demo cases, seeded with the demo data on a first start: {@value #FILE}, a {@code relief-scenarios/1}
 * file, run through the same controller methods as the HTTP routes (so every step is checked, stored and
 * audited exactly as a caller's would be) as the system administrator. Its expectations are checked too:
 * a demo case that does not end as its file says stops the start, rather than leave a demo county that
 * contradicts its own notes. The standards it needs are the demo standards, published just before.
 */
public final class DemoCases implements ScenarioTransport {
    /** The demo cases on the class path. */
    public static final String FILE = "/demo/cases.json";
    /** The caller the demo steps are recorded by. */
    static final Caller SYSTEM = new Caller(0, "system", Role.ADMIN, new Jurisdiction("000000"));

    private final CasesController cases;
    private final RostersController rosters;
    private final LedgerController ledger;

    @Inject
    public DemoCases(CasesController cases, RostersController rosters, LedgerController ledger) {
        this.cases = cases;
        this.rosters = rosters;
        this.ledger = ledger;
    }

    /**
     * Runs the demo file; returns how many scenarios (cases and the roster and grant around them) it seeded.
     *
     * @throws IllegalStateException when a demo scenario does not end as its file expects (a defect of the demo data)
     */
    public int seed() {
        ScenarioFile file;
        try (InputStream in = DemoCases.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FILE);
            }
            file = ScenarioReader.read(FILE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.relief.testkit.cases.CaseFileException e) {
            throw new IllegalStateException("malformed demo cases " + FILE + ": " + e.getMessage(), e);
        }
        RunResult result = new ScenarioRunner(this).run(List.of(file));
        List<CaseResult> failed = result.results().stream().filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            throw new IllegalStateException("demo cases do not end as " + FILE + " expects: " + failed.stream()
                    .map(r -> r.id() + " " + r.problem().orElse("") + " " + r.differences()).collect(Collectors.joining("; ")));
        }
        return result.results().size();
    }

    @Override
    public void begin(Scenario scenario) {
        // one store for the whole file: its scenarios use distinct cases
    }

    @Override
    public JsonAnswer send(Route route, Optional<String> caseId, ObjectNode body) {
        return switch (route) {
            case APPLY -> cases.apply(SYSTEM, body);
            case STEP -> cases.step(SYSTEM, CaseId.of(caseId.orElseThrow()), body);
            case ROSTER -> rosters.roster(SYSTEM, body);
            case GRANT -> ledger.grant(SYSTEM, body);
            case PRICES -> rosters.prices(SYSTEM, body);
            case SAMPLE -> ledger.sample(SYSTEM, body);
            case PUBLISH -> throw new IllegalStateException("demo cases do not publish standards: the demo standards are "
                    + "published with the demo data");
        };
    }
}
