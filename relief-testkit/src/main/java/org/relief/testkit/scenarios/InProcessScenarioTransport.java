package org.relief.testkit.scenarios;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.lifecycle.CaseService;
import org.relief.core.lifecycle.InMemoryCaseStore;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.model.InvalidInputException;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardsTable;
import org.relief.testkit.json.CaseJson;
import org.relief.testkit.json.DeterminationWriter;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.JsonShapeException;
import org.relief.testkit.json.PublicationReader;
import org.relief.testkit.json.RosterJson;
import org.relief.testkit.json.LedgerJson;
import org.relief.core.ledger.Grants;
import org.relief.core.ledger.InMemoryLedger;
import org.relief.core.sample.Sampler;
import org.relief.core.roster.InMemoryRosterStore;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.PriceIndices;

/**
 * Runs scenarios in this JVM: for each scenario a fresh world — an empty in-memory case store, no
 * published standards beyond the modules' shipped ones — over the given rule modules, answering as
 * the HTTP binding does (the same JSON mapping as the reference server).
 */
public final class InProcessScenarioTransport implements ScenarioTransport {
    private final RuleModules modules;
    private List<PublishedStandard> published = new ArrayList<>();
    private CaseService cases;
    private Payroll payroll;
    private PriceIndices prices;
    private Grants grants;
    private Sampler sampler;

    /** A transport over these modules (the national baseline is always among them). */
    public InProcessScenarioTransport(RuleModules modules) {
        this.modules = Objects.requireNonNull(modules, "modules");
        begin(null);
    }

    @Override
    public void begin(Scenario scenario) {
        List<PublishedStandard> fresh = new ArrayList<>();
        published = fresh;
        ReliefEngine engine = ReliefEngine.create(modules, () -> StandardsTable.of(List.copyOf(fresh)));
        Lifecycle lifecycle = Lifecycle.create(engine);
        InMemoryCaseStore store = new InMemoryCaseStore();
        InMemoryRosterStore rosters = new InMemoryRosterStore();
        prices = PriceIndices.inMemory();
        cases = new CaseService(lifecycle, store, rosters::paid);
        payroll = new Payroll(lifecycle, store, rosters, prices);
        grants = new Grants(lifecycle, new InMemoryLedger());
        sampler = new Sampler(lifecycle, store);
    }

    /** The case service of the current scenario's world (for inspection, e.g. by a store's tests). */
    public CaseService caseService() {
        return cases;
    }

    /** The payroll of the current scenario's world. */
    public Payroll payroll() {
        return payroll;
    }

    @Override
    public JsonAnswer send(Route route, Optional<String> caseId, ObjectNode body) {
        return switch (route) {
            case APPLY -> CaseJson.open(cases, body);
            case STEP -> CaseJson.step(cases, caseId.orElseThrow(), body);
            case PUBLISH -> publish(body);
            case ROSTER -> RosterJson.roster(payroll, body);
            case PRICES -> RosterJson.prices(prices, body);
            case GRANT -> LedgerJson.grant(grants, body);
            case SAMPLE -> LedgerJson.sample(sampler, body);
        };
    }

    private JsonAnswer publish(ObjectNode body) {
        try {
            PublicationReader.Publication p = PublicationReader.read(body);
            published.add(p.standard());
            return new JsonAnswer(201, body.deepCopy());
        } catch (JsonShapeException e) {
            return DeterminationWriter.answer(e);
        } catch (InvalidInputException e) {
            return DeterminationWriter.answer(e);
        }
    }

}
