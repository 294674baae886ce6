package org.relief.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;

/**
 * Issue 15 items 14 and 16: ID numbers are masked for every role that does not need them (auditors
 * reading by id) and wherever they appear in free text (labels, member ids) in lists.
 */
class PrivacyTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> ServerConfig.forTest(data).withDemo(true));
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ID = "411082196001011238";
    static long id;

    @BeforeAll
    static void start() throws Exception {
        HttpResponse<String> r = http.call("POST", "/api/v1/households", http.token("reviewer-changge"),
                "{\"label\":\"张家 " + ID + "\",\"area\":\"411082101\",\"household\":{\"residence\":\"urban\",\"members\":["
                        + "{\"id\":\"" + ID + "\",\"idNumber\":\"" + ID + "\",\"incomes\":[]}]}}");
        assertEquals(201, r.statusCode(), r.body());
        id = JSON.readTree(r.body()).get("id").asLong();
    }

    @Test
    void anAuditorReadsAHouseholdById_withEveryIdNumberMasked() throws Exception {
        HttpResponse<String> r = http.call("GET", "/api/v1/households/" + id, http.token("auditor-xuchang"), null);
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains(ID), r.body());
        JsonNode h = JSON.readTree(r.body());
        assertEquals("411082********1238", h.at("/household/members/0/idNumber").asText());
        assertEquals("张家 411082********1238", h.get("label").asText());
        assertEquals(403, http.call("GET", "/api/v1/households", http.token("auditor-xuchang"), null).statusCode(),
                "lists stay refused to auditors");
    }

    @Test
    void anOfficialHandlingTheCase_readsItInFull() {
        HttpResponse<String> r = http.call("GET", "/api/v1/households/" + id, http.token("reviewer-changge"), null);
        assertTrue(r.body().contains("\"idNumber\":\"" + ID + "\""), r.body());
    }

    @Test
    void idNumberShapesInFreeText_areMaskedInLists() throws Exception {
        HttpResponse<String> r = http.call("GET", "/api/v1/households?code=411082101&size=100", http.token("reviewer-changge"), null);
        assertFalse(r.body().contains(ID), "no ID number in a list, in any field: " + r.body());
        assertTrue(r.body().contains("张家 411082********1238"), r.body());
    }

    @Test
    void theMaskCoversEveryShape_andLeavesOtherNumbersAlone() {
        assertEquals("a 411082********1238 b 411082********123X", IdMask.text("a " + ID + " b 41108219600101123X"));
        assertEquals("x 110105********002X", IdMask.text("x 11010519491231002X"));
        assertEquals("4110821960010112389", IdMask.text("4110821960010112389"), "19 digits: not an ID number");
        assertEquals("price 1234567", IdMask.text("price 1234567"));
    }
}
