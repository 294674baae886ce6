package org.relief.testkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;

class DeterminationWriterTest {
    private static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of());

    @Test
    void eligibleDeterminationAsTheBindingJson() throws Exception {
        ObjectNode req = RequestReaderTest.minimal();
        RequestReaderTest.member(req).putArray("incomes").addObject().put("kind", "other").put("monthly", "100.5");
        JsonAnswer a = ReliefJson.determine(ENGINE, req);
        assertEquals(200, a.status());
        JsonNode d = a.body();
        assertEquals("eligible", d.get("outcome").textValue());
        assertEquals("619.50", d.get("monthlyAmount").textValue(), "amounts are strings with 2 decimals");
        assertFalse(d.has("amount"), "absent where not applicable");
        assertEquals("619.50", d.get("lines").get("base").textValue());
        assertTrue(d.get("reasons").isArray());
        assertTrue(d.get("missing").isArray() && d.get("measures").isArray());
        JsonNode p = d.get("procedure");
        assertFalse(p.get("democraticAppraisal").booleanValue());
        assertEquals("county", p.get("approvalLevel").textValue());
        assertEquals(7, p.get("publicNoticeDays").intValue());
        assertEquals(12, p.get("reviewIntervalMonths").intValue());
        JsonNode first = d.get("trace").get(0);
        assertEquals("NA-04", first.get("rule").textValue());
        assertFalse(first.get("citation").textValue().isBlank());
        assertEquals("national", d.get("versions").get("module").textValue());
        JsonNode std = d.get("versions").get("standards").get(0);
        assertEquals("dibao.urban.monthly", std.get("key").textValue());
        assertEquals("override", std.get("origin").textValue());
    }

    @Test
    void versionsTellTheOrigin_andMoneyIsOneFormatEverywhere() throws Exception {
        // The integrator publishes the urban standard 720 (national area); the request overrides nothing else;
        // low-income needs the national baseline's shipped multiplier 1.5.
        org.relief.core.standards.StandardsTable published = org.relief.core.standards.StandardsTable.of(
                org.relief.core.standards.PublishedStandard.fromDocument("dibao.urban.monthly", "000000",
                        java.time.LocalDate.of(2014, 5, 1), "720", org.relief.core.standards.StandardUnit.MONTHLY,
                        org.relief.core.standards.Provenance.reportedBy("integrator")));
        ReliefEngine engine = ReliefEngine.create(RuleModules.of(), () -> published);
        ObjectNode req = RequestReaderTest.minimal();
        req.put("program", "low-income");
        req.remove("standards");
        req.putObject("standards").put("employmentCost.monthly", "50");
        RequestReaderTest.member(req).put("employment", "employed").putArray("incomes").addObject().put("kind", "wage")
                .put("monthly", "850");
        JsonNode d = ReliefJson.determine(engine, req).body();
        java.util.Map<String, JsonNode> byKey = new java.util.HashMap<>();
        d.get("versions").get("standards").forEach(v -> byKey.put(v.get("key").textValue(), v));
        assertEquals("published", byKey.get("dibao.urban.monthly").get("origin").textValue(), d.toString());
        assertEquals("720.00", byKey.get("dibao.urban.monthly").get("value").textValue());
        assertEquals("shipped", byKey.get("lowIncome.multiplier").get("origin").textValue());
        assertEquals("1.5", byKey.get("lowIncome.multiplier").get("value").textValue(), "a multiplier is not money");
        assertEquals("override", byKey.get("employmentCost.monthly").get("origin").textValue());
        assertEquals("50.00", byKey.get("employmentCost.monthly").get("value").textValue());
        JsonNode na02 = java.util.stream.StreamSupport.stream(d.get("trace").spliterator(), false)
                .filter(t -> t.get("rule").textValue().equals("NA-02")).findFirst().orElseThrow();
        assertEquals("720.00", na02.get("inputs").get("standard").textValue(), "trace money as \"931.00\" too");
        assertEquals("800.00", na02.get("inputs").get("householdIncome").textValue());
    }

    @Test
    void reasonsCarryCodeAndBothMessages() throws Exception {
        ObjectNode req = RequestReaderTest.minimal();
        RequestReaderTest.member(req).putArray("incomes").addObject().put("kind", "other").put("monthly", "800");
        JsonNode d = ReliefJson.determine(ENGINE, req).body();
        assertEquals("ineligible", d.get("outcome").textValue());
        JsonNode r = d.get("reasons").get(0);
        assertEquals("INCOME_ABOVE_STANDARD", r.get("code").textValue());
        assertFalse(r.get("message").textValue().isBlank());
        assertFalse(r.get("messageEn").textValue().isBlank());
        assertFalse(d.has("monthlyAmount"));
    }

    @Test
    void refusalIsProblemJsonWithCodeFieldAndBilingualText() throws Exception {
        ObjectNode req = RequestReaderTest.minimal();
        req.remove("standards");
        JsonAnswer a = ReliefJson.determine(ENGINE, req);
        assertEquals(422, a.status());
        JsonNode p = a.body();
        assertEquals("MISSING_STANDARD", p.get("code").textValue());
        assertEquals("standards.dibao.urban.monthly", p.get("field").textValue());
        assertEquals(422, p.get("status").intValue());
        assertEquals("缺少救助标准", p.get("title").textValue());
        assertEquals("Missing standard", p.get("titleEn").textValue());
        assertTrue(p.get("detail").textValue().contains("dibao.urban.monthly"));
        assertTrue(p.get("detailEn").textValue().contains("neither published"));
        assertEquals("https://relief.example/problems/missing-standard", p.get("type").textValue());
    }

    @Test
    void inputErrorIs422AndShapeErrorIs400() throws Exception {
        ObjectNode bad = RequestReaderTest.minimal();
        RequestReaderTest.member(bad).put("idNumber", "110105196003010071");
        JsonAnswer a = ReliefJson.determine(ENGINE, bad);
        assertEquals(422, a.status());
        assertEquals("INVALID_ID_NUMBER", a.problemCode().orElseThrow());
        assertEquals("members[p1].idNumber", a.problemField().orElseThrow());
        assertEquals("身份证号码无效", a.body().get("title").textValue());

        ObjectNode typo = RequestReaderTest.minimal();
        typo.put("programme", "dibao");
        JsonAnswer m = ReliefJson.determine(ENGINE, typo);
        assertEquals(400, m.status());
        assertEquals("MALFORMED_REQUEST", m.problemCode().orElseThrow());
        assertEquals("programme", m.problemField().orElseThrow());
    }
}
