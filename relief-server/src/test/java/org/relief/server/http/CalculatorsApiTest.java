package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.StoreCounts;

/**
 * {@code GET /api/v1/calculators} and {@code POST /api/v1/calculators/{calculator}}: every module
 * calculator over HTTP with answers computed by hand from the documents (the arithmetic beside each),
 * and its bad inputs answered as problem JSON naming the field. Open, stateless, nothing stored.
 */
class CalculatorsApiTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(ServerConfig::forTest);
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The outputs of a 200 answer. */
    static JsonNode outputs(String id, String body) {
        HttpResponse<String> r = http.post("/api/v1/calculators/" + id, body);
        assertEquals(200, r.statusCode(), id + ": " + r.body());
        return json(r).get("outputs");
    }

    /** A problem answer: its status, code and field. */
    static JsonNode problem(String id, String body, int status, String code, String field) {
        HttpResponse<String> r = http.post("/api/v1/calculators/" + id, body);
        assertEquals(status, r.statusCode(), id + " " + body + ": " + r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"), r.body());
        JsonNode p = json(r);
        assertEquals(code, p.path("code").asText(), r.body());
        if (field != null) {
            assertEquals(field, p.path("field").asText(), r.body());
        }
        assertFalse(p.path("detail").asText().isBlank() || p.path("detailEn").asText().isBlank(), r.body());
        return p;
    }

    @Test
    void list_everyCalculator_withModuleCitationAndInputs() {
        HttpResponse<String> r = http.get("/api/v1/calculators");
        assertEquals(200, r.statusCode(), r.body());
        List<String> ids = new ArrayList<>();
        json(r).forEach(c -> ids.add(c.get("module").asText() + "/" + c.get("id").asText() + "/" + c.get("rule").asText()));
        assertEquals(List.of("anhui/anhui-county-sample-size/AH-05", "anhui/anhui-payment-calendar/AH-07",
                "anhui/anhui-assistants/AH-08", "anhui/anhui-service-station/AH-09",
                "liaocheng/liaocheng-dibao-standard/LC-03", "liaocheng/liaocheng-assistants/LC-09",
                "liaocheng/liaocheng-workstations/LC-14", "xuchang/xuchang-county-staffing/XC-12",
                "xuchang/xuchang-township-staffing/XC-12", "xuchang/xuchang-village-assistants/XC-12",
                "xuchang/xuchang-death-payment/XC-09"), ids);
        JsonNode death = null;
        for (JsonNode c : json(r)) {
            if (c.get("id").asText().equals("xuchang-death-payment")) {
                death = c;
            }
        }
        assertEquals("许办〔2021〕7号 三(五)20", death.get("citation").asText());
        assertEquals("enum", death.at("/inputs/1/type").asText());
        assertEquals("[\"monthly\",\"quarterly\"]", death.at("/inputs/1/values").toString());
        assertEquals("list", death.at("/inputs/2/type").asText());
        assertEquals("month", death.at("/inputs/2/fields/0/type").asText());
        assertEquals("money", death.at("/inputs/2/fields/1/type").asText());
        assertTrue(death.at("/inputs/0").has("descriptionEn") && !death.at("/inputs/0").has("values"));
    }

    @Test
    void XC12_countyTownshipVillage() {
        // county: ⌈17000/10000⌉ = 2, ⌈17000/8000⌉ = ⌈2.125⌉ = 3, ≥ 5 workers; 2 full-time of 5 meets it
        assertEquals("{\"minimumFullTime\":2,\"strictFullTime\":3,\"minimumWorkers\":5,\"meets\":true}",
                outputs("xuchang-county-staffing", "{\"recipients\":17000,\"fullTimeWorkers\":2,\"workersInAll\":5}").toString());
        // township: ⌈1601/1000⌉ = 2, ⌈1601/800⌉ = ⌈2.00125⌉ = 3
        assertEquals("{\"minimumFullTime\":2,\"strictFullTime\":3}",
                outputs("xuchang-township-staffing", "{\"recipients\":1601}").toString());
        // one assistant per village
        assertEquals("{\"assistants\":37}", outputs("xuchang-village-assistants", "{\"villages\":37}").toString());
        problem("xuchang-county-staffing", "{\"recipients\":-1}", 422, "INVALID_INPUT", "recipients");
        problem("xuchang-county-staffing", "{\"recipients\":100,\"fullTimeWorkers\":1}", 422, "INVALID_INPUT", "workersInAll");
    }

    @Test
    void XC09_quarterly_deathInMay() {
        // death 2024-05-20 is in the quarter from 2024-04: Q1 and Q2 kept (931 + 931 = 1862.00), Q3 recoverable (931.00)
        HttpResponse<String> r = http.post("/api/v1/calculators/xuchang-death-payment", """
                {"deathDate":"2024-05-20","cycle":"quarterly","payments":[{"periodStart":"2024-01","amount":"931.00"},
                 {"periodStart":"2024-04","amount":"931.00"},{"periodStart":"2024-07","amount":"931"}]}""");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = json(r);
        assertEquals("{\"periodOfDeath\":\"2024-04\",\"kept\":\"1862.00\",\"recoverable\":\"931.00\",\"keptPayments\":2,"
                + "\"recoverablePayments\":1}", a.get("outputs").toString());
        assertEquals("XC-09", a.get("rule").asText());
        assertEquals("许办〔2021〕7号 三(五)20", a.get("citation").asText());
        assertEquals("xuchang", a.get("module").asText());
        assertTrue(a.get("explanation").asText().endsWith("（许办〔2021〕7号 三(五)20）"), a.toString());
        // a quarterly period must start a quarter; a wrong enum; an amount as a JSON number; an unknown key in an element
        problem("xuchang-death-payment", "{\"deathDate\":\"2024-05-20\",\"cycle\":\"quarterly\",\"payments\":"
                + "[{\"periodStart\":\"2024-05\",\"amount\":\"1.00\"}]}", 422, "INVALID_INPUT", "payments[0].periodStart");
        problem("xuchang-death-payment", "{\"deathDate\":\"2024-05-20\",\"cycle\":\"yearly\",\"payments\":[]}", 422,
                "INVALID_INPUT", "cycle");
        problem("xuchang-death-payment", "{\"deathDate\":\"2024-05-20\",\"cycle\":\"monthly\",\"payments\":"
                + "[{\"periodStart\":\"2024-05\",\"amount\":931}]}", 422, "INVALID_INPUT", "payments[0].amount");
        problem("xuchang-death-payment", "{\"deathDate\":\"2024-05-20\",\"cycle\":\"monthly\",\"payments\":"
                + "[{\"periodStart\":\"2024-05\",\"amount\":\"1.00\",\"paid\":true}]}", 400, "MALFORMED_REQUEST",
                "payments[0].paid");
        problem("xuchang-death-payment", "{\"deathDate\":\"2024-02-30\",\"cycle\":\"monthly\",\"payments\":[]}", 422,
                "INVALID_INPUT", "deathDate");
    }

    @Test
    void LC03_LC09_LC14() {
        // 33476 × 0.33 = 11047.08, ÷ 12 = 920.59, rounded up to the yuan: 921.00; a published 931.00 reaches it
        assertEquals("{\"monthlyStandard\":\"921.00\",\"meetsLinkage\":true}", outputs("liaocheng-dibao-standard",
                "{\"annualPerCapitaConsumption\":\"33476.00\",\"ratio\":\"0.33\",\"publishedMonthly\":\"931.00\"}").toString());
        problem("liaocheng-dibao-standard", "{\"annualPerCapitaConsumption\":\"33476.00\",\"ratio\":\"1.5\"}", 422,
                "INVALID_INPUT", "ratio");
        // 120 committees × 1…2; one committee with 3 has too many
        assertEquals("{\"minimumAssistants\":120,\"maximumAssistants\":240,\"compliance\":\"tooMany\"}",
                outputs("liaocheng-assistants", "{\"committees\":120,\"assistantsOfOneCommittee\":3}").toString());
        // 50 communities, 46 with a station: 50 required, 4 missing
        assertEquals("{\"required\":50,\"shortfall\":4}",
                outputs("liaocheng-workstations", "{\"communities\":50,\"communitiesWithStation\":46}").toString());
        problem("liaocheng-workstations", "{\"communities\":50,\"communitiesWithStation\":51}", 422, "INVALID_INPUT",
                "communitiesWithStation");
    }

    @Test
    void AH05_AH08_AH09() {
        // ⌈30% × (7 + 4)⌉ = ⌈3.3⌉ = 4
        assertEquals("{\"decided\":11,\"minimumSample\":4}",
                outputs("anhui-county-sample-size", "{\"approved\":7,\"rejected\":4}").toString());
        // min(3, ⌊5999/3000⌋) = 1; min(3, ⌊20000/3000⌋ = 6) = 3
        assertEquals("{\"assistants\":1}", outputs("anhui-assistants", "{\"registeredResidents\":5999}").toString());
        assertEquals("{\"assistants\":3}", outputs("anhui-assistants", "{\"registeredResidents\":20000}").toString());
        problem("anhui-assistants", "{\"registeredResidents\":-3000}", 422, "INVALID_INPUT", "registeredResidents");
        problem("anhui-assistants", "{\"registeredResidents\":3000.5}", 400, "MALFORMED_REQUEST", "registeredResidents");
        // 341202 is in 阜阳, 皖北: 100 ≥ 100 requires a station; 340102 is in 合肥: the document sets no threshold
        assertEquals("{\"requirement\":\"required\",\"area\":\"north\",\"threshold\":100}",
                outputs("anhui-service-station", "{\"region\":\"341202\",\"longTermRecipients\":100}").toString());
        assertEquals("{\"requirement\":\"noThresholdInDocument\",\"area\":\"none\"}",
                outputs("anhui-service-station", "{\"region\":\"340102\",\"longTermRecipients\":500}").toString());
        problem("anhui-service-station", "{\"region\":\"411082\",\"longTermRecipients\":100}", 422, "INVALID_INPUT", "region");
    }

    @Test
    void AH07_paymentCalendar_movedForMidAutumn_andBeyondTheCalendar() {
        // 2024-08's money: roster by 09-05, funds by 09-10; the 15th is in 中秋节 09-15…09-17, so paid by Saturday
        // 09-14, a 调休 working day (国办发明电〔2023〕7号)
        assertEquals("{\"rosterDueBy\":\"2024-09-05\",\"fundsDueBy\":\"2024-09-10\",\"paymentDueBy\":\"2024-09-14\","
                + "\"movedFor\":\"中秋节\",\"holidayFrom\":\"2024-09-15\",\"holidayUntil\":\"2024-09-17\"}",
                outputs("anhui-payment-calendar", "{\"month\":\"2024-08\"}").toString());
        // 2026-12's money is paid by 2027-01-15: the 2027 arrangement is not in the data
        JsonNode p = problem("anhui-payment-calendar", "{\"month\":\"2026-12\"}", 422, "CALENDAR_UNAVAILABLE", "month");
        assertEquals("https://relief.example/problems/calendar-unavailable", p.get("type").asText());
        // 2027-05's money is paid in June 2027, after 皖民社救字〔2022〕46号's last day 2027-05-31
        problem("anhui-payment-calendar", "{\"month\":\"2027-05\"}", 422, "DATE_OUT_OF_RANGE", "month");
        problem("anhui-payment-calendar", "{\"month\":\"2024-13\"}", 422, "INVALID_INPUT", "month");
        problem("anhui-payment-calendar", "{}", 422, "INVALID_INPUT", "month");
        problem("anhui-payment-calendar", "{\"month\":202408}", 400, "MALFORMED_REQUEST", "month");
        problem("anhui-payment-calendar", "{\"month\":\"2024-08\",\"region\":\"340000\"}", 400, "MALFORMED_REQUEST", "region");
        problem("anhui-payment-calendar", "{\"month\":null}", 400, "MALFORMED_REQUEST", "month");
    }

    @Test
    void unknownCalculator_is404_andNothingIsStored() {
        Map<String, Long> before = StoreCounts.of(http);
        JsonNode p = problem("anhui-nothing", "{}", 404, "UNKNOWN_CALCULATOR", null);
        assertTrue(p.get("detailEn").asText().contains("anhui-nothing"), p.toString());
        problem("%E0%A5%A7", "{}", 404, "UNKNOWN_CALCULATOR", null);
        outputs("anhui-assistants", "{\"registeredResidents\":3000}");
        assertEquals(405, http.call("GET", "/api/v1/calculators/anhui-assistants", null, null).statusCode());
        assertEquals(before, StoreCounts.of(http));
    }
}
