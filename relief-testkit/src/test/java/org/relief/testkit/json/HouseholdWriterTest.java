package org.relief.testkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.relief.core.model.Household;

class HouseholdWriterTest {
    static final String RICH = """
            {"residence":"rural","receiving":["tekun","dibao"],"incomeStable":true,
             "currentDibao":{"monthly":"500","exitStartedOn":"2025-03-01"},
             "assets":{"financial":"1200.5","vehicles":0},
             "members":[
              {"id":"p1","relation":"head","idNumber":"411081197504120012","sex":"male",
               "disability":{"grade":2,"kind":"physical"},"seriouslyIll":true,"laborCapacity":"partial",
               "employment":"unemployed","unemployedSince":"2024-05-01","statuses":["orphan","formerlyRegisteredPoor"],
               "selfCareItemsFailed":3,"careSetting":"dispersed","supporter":"unable","singlePersonApplication":true,
               "incomes":[{"kind":"wage","monthly":"300"},{"kind":"basicPension","monthly":"143.10"}]},
              {"id":"p2","relation":"child","birthDate":"2012-09-03","education":"compulsory","incomes":[]},
              {"id":"p3","businessRegisteredOn":"2023-01-02"}]}""";

    @Test
    void whatIsWritten_readsBackAsTheSameHousehold_andUnknownStaysAbsent() throws Exception {
        Household h = RequestReader.readHousehold(ReliefJson.parse(RICH), "household");
        ObjectNode written = HouseholdWriter.write(h);
        assertEquals(h, RequestReader.readHousehold(written, "household"));
        assertEquals("1200.50", written.at("/assets/financial").textValue(), "money with 2 places");
        assertEquals("[]", written.at("/members/1/incomes").toString(), "declared no income stays declared");
        JsonNode p3 = written.at("/members/2");
        assertFalse(p3.has("incomes"), "an unknown income stays unknown: " + p3);
        assertFalse(p3.has("birthDate") || p3.has("seriouslyIll"), p3.toString());
        assertEquals("1975-04-12", written.at("/members/0/birthDate").textValue(), "taken from the ID number");
    }

    @Test
    void idNumbers_goThroughTheMask() throws Exception {
        Household h = RequestReader.readHousehold(ReliefJson.parse(RICH), "household");
        ObjectNode masked = HouseholdWriter.write(h, id -> id.substring(0, 6) + "********" + id.substring(14));
        assertEquals("411081********0012", masked.at("/members/0/idNumber").textValue());
    }
}
