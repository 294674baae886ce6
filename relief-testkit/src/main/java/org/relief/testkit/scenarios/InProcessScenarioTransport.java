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
    }

    @Override
    public JsonAnswer send(Route route, Optional<String> caseId, ObjectNode body) {
        return switch (route) {
            case APPLY -> CaseJson.open(cases, body);
            case STEP -> CaseJson.step(cases, caseId.orElseThrow(), body);
            case PUBLISH -> publish(body);
            case ROSTER -> RosterJson.roster(payroll, body);
            case PRICES -> RosterJson.prices(prices, body);
            default -> unsupported(route);
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

    private static JsonAnswer unsupported(Route route) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("type", DeterminationWriter.problemType("NOT_SUPPORTED"));
        p.put("title", "不支持的步骤");
        p.put("titleEn", "Not supported");
        p.put("status", 501);
        p.put("detail", "本版本的进程内运行器尚不支持 " + route.path());
        p.put("detailEn", "the in-process runner of this version does not support " + route.path() + " yet");
        p.put("code", "NOT_SUPPORTED");
        return new JsonAnswer(501, p);
    }
}
