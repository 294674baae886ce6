package org.relief.testkit.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import org.relief.core.model.Coded;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.Income;
import org.relief.core.model.Member;

/**
 * Writes a household in the request shape {@link RequestReader} reads ({@code relief-cases/1}'s
 * {@code household}), so that what a case verified reads back as the same household: an unknown
 * key stays absent (never written as a zero or an empty list), an income list declared empty stays
 * {@code []}, amounts are decimal strings with 2 places. {@code idNumber} goes through
 * {@code maskId} (the identity for a full view). Stateless and thread-safe.
 */
public final class HouseholdWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private HouseholdWriter() {
    }

    /** The household with every ID number as given. */
    public static ObjectNode write(Household h) {
        return write(h, UnaryOperator.identity());
    }

    /** The household, each ID number written as {@code maskId} makes it. */
    public static ObjectNode write(Household h, UnaryOperator<String> maskId) {
        ObjectNode o = F.objectNode();
        h.residence().ifPresent(r -> o.put("residence", r.code()));
        if (!h.receiving().isEmpty()) {
            ArrayNode a = o.putArray("receiving");
            h.receiving().stream().map(p -> p.id()).sorted().forEach(a::add);
        }
        h.currentDibao().ifPresent(c -> {
            ObjectNode co = o.putObject("currentDibao");
            c.monthly().ifPresent(m -> co.put("monthly", m.toString()));
            c.exitStartedOn().ifPresent(d -> co.put("exitStartedOn", d.toString()));
        });
        h.incomeStable().ifPresent(b -> o.put("incomeStable", b));
        if (h.assets().financial().isPresent() || h.assets().vehicles().isPresent() || h.assets().extraDwellings().isPresent()) {
            ObjectNode a = o.putObject("assets");
            h.assets().financial().ifPresent(m -> a.put("financial", m.toString()));
            h.assets().vehicles().ifPresent(n -> a.put("vehicles", n));
            h.assets().extraDwellings().ifPresent(n -> a.put("extraDwellings", n));
        }
        ArrayNode members = o.putArray("members");
        h.members().forEach(m -> members.add(member(m, maskId)));
        return o;
    }

    private static ObjectNode member(Member m, UnaryOperator<String> maskId) {
        ObjectNode o = F.objectNode();
        o.put("id", m.id());
        m.relation().ifPresent(x -> code(o, "relation", x));
        m.birthDate().ifPresent(d -> o.put("birthDate", d.toString()));
        m.idNumber().ifPresent(n -> o.put("idNumber", maskId.apply(n.value())));
        m.sex().ifPresent(x -> code(o, "sex", x));
        m.disability().ifPresent(d -> o.putObject("disability").put("grade", d.grade()).put("kind", d.kind().code()));
        if (m.seriouslyIll()) {
            o.put("seriouslyIll", true);
        }
        m.laborCapacity().ifPresent(x -> code(o, "laborCapacity", x));
        if (m.employment() != Employment.NONE) { // the reader's default: not written, as it was not declared
            code(o, "employment", m.employment());
        }
        m.unemployedSince().ifPresent(d -> o.put("unemployedSince", d.toString()));
        m.businessRegisteredOn().ifPresent(d -> o.put("businessRegisteredOn", d.toString()));
        m.education().ifPresent(x -> code(o, "education", x));
        if (!m.statuses().isEmpty()) {
            ArrayNode a = o.putArray("statuses");
            m.statuses().stream().map(Coded::code).sorted().forEach(a::add);
        }
        m.selfCareItemsFailed().ifPresent(n -> o.put("selfCareItemsFailed", n));
        m.careSetting().ifPresent(x -> code(o, "careSetting", x));
        m.supporter().ifPresent(x -> code(o, "supporter", x));
        if (m.singlePersonApplication()) {
            o.put("singlePersonApplication", true);
        }
        m.incomes().ifPresent(list -> {
            ArrayNode a = o.putArray("incomes");
            for (Income i : list) {
                a.addObject().put("kind", i.kind().code()).put("monthly", i.monthly().toString());
            }
        });
        return o;
    }

    private static void code(ObjectNode o, String key, Coded c) {
        o.put(key, c.code());
    }
}
