package org.relief.testkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relief.core.ledger.GrantRequest;
import org.relief.core.ledger.GrantResult;
import org.relief.core.ledger.Grants;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.ProgramId;
import org.relief.core.sample.SampleCandidate;
import org.relief.core.sample.Sampler;

/**
 * The HTTP binding of grants and the county sample ({@code relief-scenarios/1}): {@code POST
 * /api/v1/grants} with {@code { date, region, program, household, event }} answers {@code 201}
 * with the grant ({@code id}, {@code amount}, {@code paid}, {@code approvalLevel}, {@code deadlines},
 * {@code reasons}) or {@code 422}; {@code POST /api/v1/samples} with {@code { date, region, month,
 * seed, cases }} answers the sample ({@code size}, {@code selected}, {@code population}, in the
 * sample's order). Shared by the reference server and the kit's in-process runner.
 */
public final class LedgerJson {
    /** The keys of a grant. */
    public static final Set<String> GRANT_KEYS = Set.of("date", "region", "program", "household", "event", "reference");
    /** The keys of a sample request. */
    public static final Set<String> SAMPLE_KEYS = Set.of("date", "region", "month", "seed", "cases");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private LedgerJson() {
    }

    /** Reads a grant strictly. */
    public static GrantRequest readGrant(JsonNode body) {
        StrictObject o = StrictObject.of(body, "", GRANT_KEYS);
        LocalDate date = StrictObject.dateValue(o.requireText("date"), "date");
        AdminCode county = AdminCode.parse(o.requireText("region"), "region");
        String program = o.requireText("program");
        var household = RequestReader.readHousehold(o.require("household"), "household");
        var event = RequestReader.readEvent(o.require("event"), "event");
        ProgramId p;
        try {
            p = ProgramId.of(program);
        } catch (InvalidInputException e) {
            throw InvalidInputException.invalid("program", e.messageZh(), e.messageEn());
        }
        return new GrantRequest(o.text("reference").orElse(""), date, county, p, household, event);
    }

    /** The binding's answer to a grant. */
    public static JsonAnswer grant(Grants grants, JsonNode body) {
        try {
            GrantResult r = grants.grant(readGrant(body));
            if (r instanceof GrantResult.Recorded g) {
                return new JsonAnswer(CaseWriter.CREATED, write(g.grant()));
            }
            return CaseWriter.answer(((GrantResult.Refused) r).refusal());
        } catch (JsonShapeException e) {
            return DeterminationWriter.answer(e);
        } catch (InvalidInputException e) {
            return DeterminationWriter.answer(e);
        }
    }

    /** A grant as JSON. */
    public static ObjectNode write(LedgerGrant g) {
        ObjectNode o = F.objectNode();
        o.put("id", g.id());
        o.put("region", g.county().value());
        o.put("program", g.program().id());
        o.put("date", g.date().toString());
        o.put("amount", DeterminationWriter.yuan(g.amount()));
        o.put("paid", g.paid());
        o.put("approvalLevel", g.approvalLevel().code());
        ObjectNode deadlines = o.putObject("deadlines");
        g.deadlines().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> deadlines.put(e.getKey().code(), e.getValue().toString()));
        ArrayNode reasons = o.putArray("reasons");
        g.reasons().forEach(x -> reasons.add(CaseWriter.reason(x)));
        o.set("determination", DeterminationWriter.write(g.determination()));
        return o;
    }

    /** The binding's answer to a sample request. */
    public static JsonAnswer sample(Sampler sampler, JsonNode body) {
        try {
            StrictObject o = StrictObject.of(body, "", SAMPLE_KEYS);
            StrictObject.dateValue(o.requireText("date"), "date");
            AdminCode county = AdminCode.parse(o.requireText("region"), "region");
            YearMonth month = StepReader.month(o.requireText("month"), "month");
            String seed = o.requireText("seed");
            Optional<Set<CaseId>> narrow = o.texts("cases").map(l -> {
                Set<CaseId> s = new LinkedHashSet<>();
                for (int i = 0; i < l.size(); i++) {
                    try {
                        s.add(CaseId.of(l.get(i)));
                    } catch (InvalidInputException e) {
                        throw InvalidInputException.invalid("cases[" + i + "]", e.messageZh(), e.messageEn());
                    }
                }
                return s;
            });
            Sampler.Outcome out = sampler.sample(county, month, seed, narrow);
            if (out instanceof Sampler.Refused r) {
                return CaseWriter.answer(r.refusal());
            }
            var res = ((Sampler.Drawn) out).result();
            ObjectNode a = F.objectNode();
            a.put("region", res.county().value());
            a.put("month", res.month().toString());
            a.put("seed", res.seed());
            a.put("rule", res.rule());
            a.put("size", res.size());
            ArrayNode selected = a.putArray("selected");
            res.selected().forEach(c -> selected.add(c.id().value()));
            ArrayNode population = a.putArray("population");
            for (SampleCandidate c : res.population()) {
                population.addObject().put("case", c.id().value()).put("reference", c.reference()).put("refused", c.refused());
            }
            return new JsonAnswer(CaseWriter.OK, a);
        } catch (JsonShapeException e) {
            return DeterminationWriter.answer(e);
        } catch (InvalidInputException e) {
            return DeterminationWriter.answer(e);
        }
    }
}
