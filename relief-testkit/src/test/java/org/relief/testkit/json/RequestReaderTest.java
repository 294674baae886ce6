package org.relief.testkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.model.Channel;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.Employment;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.model.Status;
import org.relief.core.model.Supporter;

class RequestReaderTest {
    private static final String MINIMAL = """
            { "region": "000000", "date": "2022-03-10", "program": "dibao",
              "standards": { "dibao.urban.monthly": "720.00" },
              "household": { "residence": "urban", "members": [ { "id": "p1", "incomes": [] } ] } }
            """;

    static ObjectNode json(String text) throws Exception {
        return (ObjectNode) ReliefJson.parse(text);
    }

    static ObjectNode minimal() throws Exception {
        return json(MINIMAL);
    }

    static ObjectNode member(ObjectNode request) {
        return (ObjectNode) request.get("household").get("members").get(0);
    }

    private static JsonShapeException shape(JsonNode n) {
        return assertThrows(JsonShapeException.class, () -> RequestReader.read(n));
    }

    private static InvalidInputException input(JsonNode n) {
        return assertThrows(InvalidInputException.class, () -> RequestReader.read(n));
    }

    @Test
    void readsEveryKeyOfTheFormat() throws Exception {
        DeterminationRequest r = RequestReader.read(json("""
                { "region": "411082", "date": "2021-03-01", "program": "temporary",
                  "standards": { "dibao.urban.monthly": "720", "lowIncome.multiplier": "1.5", "medical.inpatient.ratio": "0.625" },
                  "household": {
                    "residence": "rural", "receiving": ["dibao"], "incomeStable": false,
                    "currentDibao": { "monthly": "300.50", "exitStartedOn": "2021-01-01" },
                    "assets": { "financial": "1000", "vehicles": 0, "extraDwellings": 1 },
                    "members": [
                      { "id": "p1", "relation": "head", "idNumber": "41108219550612003X", "sex": "female",
                        "disability": { "grade": 2, "kind": "physical" }, "seriouslyIll": true, "laborCapacity": "partial",
                        "employment": "unemployed", "unemployedSince": "2020-01-01", "businessRegisteredOn": "2019-05-01",
                        "education": "vocational", "statuses": ["orphan", "martyrChild"], "selfCareItemsFailed": 3,
                        "careSetting": "dispersed", "supporter": "unable", "singlePersonApplication": true,
                        "incomes": [ { "kind": "basicPension", "monthly": "120.5" }, { "kind": "wage", "monthly": "0" } ] },
                      { "id": "p2", "birthDate": "2010-02-28" }
                    ] },
                  "application": { "disputed": true, "channel": "online", "townshipDelegated": true, "onResidencePermit": true },
                  "event": { "kind": "seriousIllness", "type": "expenditure", "expense": "20000", "requested": "3000.00",
                             "inPolicySelfPaid": "1000.00", "member": "p1" },
                  "history": [ { "program": "temporary", "member": "p1", "date": "2021-01-10", "amount": "3000.00" } ] }
                """));
        assertEquals("411082", r.region().value());
        assertEquals(LocalDate.of(2021, 3, 1), r.date());
        assertEquals(ProgramId.TEMPORARY, r.program());
        assertEquals(0, new BigDecimal("0.625").compareTo(r.standards().get("medical.inpatient.ratio")));
        assertEquals(Optional.of(Residence.RURAL), r.household().residence());
        assertEquals(Set.of(ProgramId.DIBAO), r.household().receiving());
        assertEquals(Optional.of(false), r.household().incomeStable());
        assertEquals(Optional.of(Money.yuan("300.50")), r.household().currentDibao().get().monthly());
        assertEquals(Optional.of(1), r.household().assets().extraDwellings());
        Member p1 = r.household().members().get(0);
        assertEquals(LocalDate.of(1955, 6, 12), p1.birthDate().orElseThrow(), "birth date taken from the ID number");
        assertEquals(DisabilityKind.PHYSICAL, p1.disability().orElseThrow().kind());
        assertEquals(Optional.of(LaborCapacity.PARTIAL), p1.laborCapacity());
        assertEquals(Employment.UNEMPLOYED, p1.employment());
        assertEquals(Set.of(Status.ORPHAN, Status.MARTYR_CHILD), p1.statuses());
        assertEquals(Optional.of(3), p1.selfCareItemsFailed());
        assertEquals(Optional.of(Supporter.UNABLE), p1.supporter());
        assertTrue(p1.singlePersonApplication() && p1.seriouslyIll());
        assertEquals(IncomeKind.BASIC_PENSION, p1.incomes().orElseThrow().get(0).kind());
        assertEquals(Money.yuan("120.50"), p1.incomes().orElseThrow().get(0).monthly());
        assertTrue(r.application().orElseThrow().disputed());
        assertEquals(Optional.of(Channel.ONLINE), r.application().orElseThrow().channel());
        assertEquals(Optional.of(EventKind.SERIOUS_ILLNESS), r.event().orElseThrow().kind());
        assertEquals(Optional.of(EventType.EXPENDITURE), r.event().orElseThrow().type());
        assertEquals(Optional.of("p1"), r.event().orElseThrow().member());
        assertEquals(Money.yuan("3000.00"), r.history().get(0).amount());
    }

    @Test
    void absentIsUnknownAndAnEmptyIncomeListIsNoIncome() throws Exception {
        ObjectNode req = minimal();
        ((com.fasterxml.jackson.databind.node.ArrayNode) req.get("household").get("members")).addObject().put("id", "p2");
        DeterminationRequest r = RequestReader.read(req);
        Member p1 = r.household().members().get(0);
        Member p2 = r.household().members().get(1);
        assertEquals(Optional.of(List.of()), p1.incomes(), "[] = no income");
        assertEquals(Optional.empty(), p2.incomes(), "absent = unknown");
        assertEquals(Optional.empty(), p2.birthDate());
        assertEquals(Optional.empty(), p2.laborCapacity());
        assertEquals(Optional.empty(), p2.supporter());
        assertEquals(Optional.empty(), p2.selfCareItemsFailed());
        assertEquals(Employment.NONE, p2.employment(), "other absent keys: none declared");
        assertFalse(p2.seriouslyIll());
        assertEquals(Optional.empty(), p2.disability());
        assertEquals(Optional.empty(), r.household().assets().financial());
    }

    @Test
    void unknownKeyIsAShapeErrorNamingThePath() throws Exception {
        ObjectNode req = minimal();
        member(req).putArray("incom");
        JsonShapeException e = shape(req);
        assertEquals("members[p1].incom", e.path());
        assertTrue(e.messageEn().contains("unknown key 'incom'"), e.getMessage());

        ObjectNode top = minimal();
        top.put("regoin", "000000");
        assertEquals("regoin", shape(top).path());

        ObjectNode nested = minimal();
        ((ObjectNode) nested.get("household")).putObject("assets").put("finacial", "1");
        assertEquals("household.assets.finacial", shape(nested).path());
    }

    @Test
    void missingRequiredFieldsAreShapeErrors() throws Exception {
        for (String key : List.of("region", "date", "program", "household")) {
            ObjectNode req = minimal();
            req.remove(key);
            JsonShapeException e = shape(req);
            assertEquals(key, e.path());
            assertTrue(e.messageEn().contains("required"));
        }
        ObjectNode noId = minimal();
        member(noId).remove("id");
        assertEquals("household.members[0].id", shape(noId).path());
        ObjectNode noMembers = minimal();
        ((ObjectNode) noMembers.get("household")).remove("members");
        assertEquals("household.members", shape(noMembers).path());
        ObjectNode noMonthly = minimal();
        member(noMonthly).putArray("incomes").addObject().put("kind", "wage");
        assertEquals("members[p1].incomes[0].monthly", shape(noMonthly).path());
    }

    @Test
    void wrongJsonTypesAndNullAreShapeErrors() throws Exception {
        ObjectNode bool = minimal();
        member(bool).put("seriouslyIll", "yes");
        assertEquals("members[p1].seriouslyIll", shape(bool).path());
        ObjectNode count = minimal();
        member(count).put("selfCareItemsFailed", "2");
        assertEquals("members[p1].selfCareItemsFailed", shape(count).path());
        ObjectNode nul = minimal();
        member(nul).putNull("birthDate");
        JsonShapeException e = shape(nul);
        assertEquals("members[p1].birthDate", e.path());
        assertTrue(e.messageEn().contains("leave the key out"));
        ObjectNode list = minimal();
        member(list).put("incomes", "none");
        assertEquals("members[p1].incomes", shape(list).path());
    }

    @Test
    void malformedAmountsAreInputErrorsNamingTheField() throws Exception {
        ObjectNode number = minimal();
        member(number).putArray("incomes").addObject().put("kind", "wage").put("monthly", 1500);
        InvalidInputException e = input(number);
        assertEquals(RefusalCode.INVALID_INPUT, e.code());
        assertEquals("members[p1].incomes[0].monthly", e.field());
        assertTrue(e.messageEn().contains("must be a string"), e.getMessage());

        ObjectNode third = minimal();
        member(third).putArray("incomes").addObject().put("kind", "wage").put("monthly", "720.005");
        assertEquals("members[p1].incomes[0].monthly", input(third).field());

        ObjectNode negative = minimal();
        member(negative).putArray("incomes").addObject().put("kind", "wage").put("monthly", "-1.00");
        assertEquals("members[p1].incomes[0].monthly", input(negative).field());

        ObjectNode event = minimal();
        event.putObject("event").put("requested", "1.999");
        assertEquals("event.requested", input(event).field());

        ObjectNode standard = minimal();
        ((ObjectNode) standard.get("standards")).put("dibao.urban.monthly", 720);
        assertEquals("standards.dibao.urban.monthly", input(standard).field());

        ObjectNode standard3 = minimal();
        ((ObjectNode) standard3.get("standards")).put("dibao.urban.monthly", "720.001");
        assertEquals("standards.dibao.urban.monthly", input(standard3).field());

        ObjectNode history = minimal();
        history.putArray("history").addObject().put("program", "temporary").put("date", "2021-01-01").put("amount", "-3");
        assertEquals("history[0].amount", input(history).field());
    }

    @Test
    void coreInputErrorsPassThroughWithTheirCodes() throws Exception {
        ObjectNode id = minimal();
        member(id).put("idNumber", "110105196003010071");
        InvalidInputException e = input(id);
        assertEquals(RefusalCode.INVALID_ID_NUMBER, e.code());
        assertEquals("members[p1].idNumber", e.field());

        ObjectNode contradiction = minimal();
        member(contradiction).put("idNumber", "41108219550612003X").put("birthDate", "1955-06-13");
        InvalidInputException c = input(contradiction);
        assertEquals(RefusalCode.INVALID_INPUT, c.code());
        assertEquals("members[p1].birthDate", c.field());

        ObjectNode code = minimal();
        member(code).put("laborCapacity", "some");
        assertEquals("members[p1].laborCapacity", input(code).field());

        ObjectNode region = minimal();
        region.put("region", "4110");
        assertEquals("region", input(region).field());

        ObjectNode date = minimal();
        date.put("date", "2022-02-30");
        assertEquals("date", input(date).field());

        ObjectNode grade = minimal();
        member(grade).putObject("disability").put("grade", 5).put("kind", "visual");
        assertEquals("members[p1].disability.grade", input(grade).field());

        ObjectNode selfCare = minimal();
        member(selfCare).put("selfCareItemsFailed", 7);
        assertEquals("members[p1].selfCareItemsFailed", input(selfCare).field());

        ObjectNode stranger = minimal();
        stranger.putObject("event").put("member", "p9");
        assertEquals("event.member", input(stranger).field());
    }

    @Test
    void shapeIsCheckedBeforeValues() throws Exception {
        ObjectNode both = minimal();
        member(both).put("idNumber", "110105196003010071").putArray("incom");
        assertEquals("members[p1].incom", shape(both).path(), "a typo is never hidden behind an input error");
    }

    @Test
    void duplicateKeysAndTrailingContentAreNotJson() {
        assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
                () -> ReliefJson.parse("{\"region\": \"000000\", \"region\": \"411000\"}"));
        assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, () -> ReliefJson.parse("{} {}"));
    }
}
