package org.relief.testkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.roster.ArrearsItem;
import org.relief.core.roster.Overpayment;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.PriceIndex;
import org.relief.core.roster.PriceIndices;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterException;
import org.relief.core.roster.RosterLine;

/**
 * The HTTP binding of rosters and price indices ({@code relief-scenarios/1}): {@code POST
 * /api/v1/rosters} with {@code { date, region, month, submit }} answers the roster — {@code lines}
 * (case id → line code → yuan), {@code held} (case ids), {@code dates}, {@code alreadySubmitted},
 * {@code reasons}, and every line in full under {@code entries}; {@code POST /api/v1/price-indices}
 * with {@code { region, month, cpi, foodCpi }} records a province's indices. Shared by the reference
 * server and the kit's in-process runner.
 */
public final class RosterJson {
    /** The keys of a roster request. */
    public static final Set<String> ROSTER_KEYS = Set.of("date", "region", "month", "submit");
    /** The keys of a price-index publication. */
    public static final Set<String> PRICE_KEYS = Set.of("region", "month", "cpi", "foodCpi");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RosterJson() {
    }

    /** A roster request: draft or submit. */
    public record RosterRequest(LocalDate date, AdminCode county, YearMonth month, boolean submit) {
    }

    /** Reads a roster request strictly. */
    public static RosterRequest readRoster(JsonNode body) {
        StrictObject o = StrictObject.of(body, "", ROSTER_KEYS);
        LocalDate date = StrictObject.dateValue(o.requireText("date"), "date");
        AdminCode county = AdminCode.parse(o.requireText("region"), "region");
        YearMonth month = StepReader.month(o.requireText("month"), "month");
        return new RosterRequest(date, county, month, o.bool("submit").orElse(true));
    }

    /** Reads a price-index publication strictly. */
    public static PriceIndex readPrices(JsonNode body) {
        StrictObject o = StrictObject.of(body, "", PRICE_KEYS);
        AdminCode region = AdminCode.parse(o.requireText("region"), "region");
        YearMonth month = StepReader.month(o.requireText("month"), "month");
        BigDecimal cpi = percent(o, "cpi");
        BigDecimal food = percent(o, "foodCpi");
        if (!region.isProvince() || region.isNational()) {
            throw InvalidInputException.invalid("region", "价格指数按省公布，须为省级代码（xx0000），收到 " + region,
                    "price indices are published for a province (xx0000), got " + region);
        }
        return new PriceIndex(region, month, cpi, food);
    }

    private static BigDecimal percent(StrictObject o, String key) {
        String t = o.requireText(key);
        if (!t.matches("-?\\d{1,3}(\\.\\d{1,2})?")) {
            throw InvalidInputException.invalid(key, "涨幅须为百分数字符串（如 \"3.6\"），收到 " + t,
                    "a rise is a percent in a string (e.g. \"3.6\"), got " + t);
        }
        return new BigDecimal(t);
    }

    /** The binding's answer to a roster request over a payroll. */
    public static JsonAnswer roster(Payroll payroll, JsonNode body) {
        try {
            RosterRequest r = readRoster(body);
            Roster roster = r.submit() ? payroll.submit(r.county(), r.month(), r.date(), null)
                    : payroll.draft(r.county(), r.month(), r.date(), null);
            return new JsonAnswer(CaseWriter.OK, write(roster));
        } catch (JsonShapeException e) {
            return DeterminationWriter.answer(e);
        } catch (InvalidInputException e) {
            return DeterminationWriter.answer(e);
        } catch (RosterException e) {
            return new JsonAnswer(DeterminationWriter.REFUSED, CaseWriter.problem(org.relief.core.lifecycle.StepRefusal.of(
                    e.code(), "region", e.messageZh(), e.getMessage())));
        }
    }

    /** The binding's answer to a price-index publication. */
    public static JsonAnswer prices(PriceIndices indices, JsonNode body) {
        try {
            PriceIndex p = readPrices(body);
            indices.publish(p);
            return new JsonAnswer(CaseWriter.CREATED, write(p));
        } catch (JsonShapeException e) {
            return DeterminationWriter.answer(e);
        } catch (InvalidInputException e) {
            return DeterminationWriter.answer(e);
        }
    }

    /** A province's price indices as JSON. */
    public static ObjectNode write(PriceIndex p) {
        ObjectNode o = F.objectNode();
        o.put("region", p.province().value());
        o.put("month", p.month().toString());
        o.put("cpi", p.cpi().toPlainString());
        o.put("foodCpi", p.foodCpi().toPlainString());
        return o;
    }

    /** A roster as JSON. */
    public static ObjectNode write(Roster r) {
        ObjectNode o = F.objectNode();
        o.put("region", r.county().value());
        o.put("month", r.month().toString());
        o.put("computedOn", r.computedOn().toString());
        o.put("submitted", r.submitted());
        o.put("alreadySubmitted", r.alreadySubmitted());
        o.put("cases", r.cases());
        o.put("total", DeterminationWriter.yuan(r.total()));
        ObjectNode lines = o.putObject("lines");
        ArrayNode held = o.putArray("held");
        ArrayNode entries = o.putArray("entries");
        for (RosterLine l : r.lines()) {
            ObjectNode byCase = lines.has(l.caseId().value()) ? (ObjectNode) lines.get(l.caseId().value())
                    : lines.putObject(l.caseId().value());
            byCase.put(l.code(), DeterminationWriter.yuan(l.amount()));
            if (l.held()) {
                held.add(l.caseId().value());
            }
            ObjectNode e = entries.addObject();
            e.put("case", l.caseId().value());
            e.put("reference", l.reference());
            e.put("program", l.program().id());
            e.put("code", l.code());
            e.put("amount", DeterminationWriter.yuan(l.amount()));
            e.put("cash", l.cash());
            e.put("held", l.held());
            e.put("rule", l.rule());
            l.headId().ifPresent(h -> e.put("headIdNumber", h));
            if (!l.arrears().isEmpty()) {
                ArrayNode a = e.putArray("arrears");
                for (ArrearsItem i : l.arrears()) {
                    a.addObject().put("month", i.month().toString()).put("amount", DeterminationWriter.yuan(i.amount()));
                }
            }
            ArrayNode reasons = e.putArray("reasons");
            l.reasons().forEach(x -> reasons.add(CaseWriter.reason(x)));
            ArrayNode missing = e.putArray("missing");
            l.missing().forEach(missing::add);
            l.refusal().ifPresent(x -> e.put("refusal", x));
        }
        ArrayNode overpaid = o.putArray("overpaid");
        for (Overpayment p : r.overpaid()) {
            overpaid.addObject().put("case", p.caseId().value()).put("month", p.month().toString())
                    .put("amount", DeterminationWriter.yuan(p.amount()));
        }
        ArrayNode reasons = o.putArray("reasons");
        r.reasons().forEach(x -> reasons.add(CaseWriter.reason(x)));
        r.dates().ifPresent(d -> {
            ObjectNode dates = o.putObject("dates");
            dates.put("rosterDueBy", d.rosterDueBy().toString());
            dates.put("fundsDueBy", d.fundsDueBy().toString());
            d.paymentDueBy().ifPresent(p -> dates.put("paymentDueBy", p.toString()));
        });
        ArrayNode trace = o.putArray("trace");
        for (TraceEntry t : r.trace()) {
            ObjectNode to = trace.addObject();
            to.put("rule", t.rule());
            to.put("citation", t.citation());
            to.put("result", t.result());
        }
        return o;
    }
}
