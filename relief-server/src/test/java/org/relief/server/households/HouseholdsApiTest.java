package org.relief.server.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerHarness;
import org.relief.server.persistence.AuditLog;
import org.relief.server.persistence.AuditRepository;
import org.relief.server.persistence.HouseholdRepository;
import org.relief.server.TestStores;

/** Issue 10: households on a real Derby — CRUD, paging, nothing half-stored, 409 on concurrent updates. */
@Tag("store")
class HouseholdsApiTest {
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(data -> TestStores.config(data).withDemo(true));
    static final ObjectMapper JSON = new ObjectMapper();
    static String reviewer;

    static final String HOUSEHOLD = """
            {"residence":"urban","members":[{"id":"p1","idNumber":"411082196001011238","incomes":[{"kind":"wage","monthly":"800.00"}]},
             {"id":"p2","birthDate":"2012-05-01","incomes":[]}]}""";

    @BeforeAll
    static void start() {
        reviewer = http.token("reviewer-changge");
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static long rows() {
        return http.server().injector().getInstance(HouseholdRepository.class).countRows();
    }

    static HttpResponse<String> create(String token, String area, String household) {
        return http.call("POST", "/api/v1/households", token,
                "{\"label\":\"测试家庭\",\"area\":\"" + area + "\",\"household\":" + household + "}");
    }

    @Test
    void createReadUpdateDelete() throws Exception {
        HttpResponse<String> c = create(reviewer, "411082101", HOUSEHOLD);
        assertEquals(201, c.statusCode(), c.body());
        long id = json(c).get("id").asLong();
        assertEquals("/api/v1/households/" + id, c.headers().firstValue("Location").orElseThrow());
        JsonNode read = json(http.call("GET", "/api/v1/households/" + id, reviewer, null));
        assertEquals("411082196001011238", read.get("household").get("members").get(0).get("idNumber").asText(),
                "full to a caller whose jurisdiction covers it");
        long version = read.get("version").asLong();
        HttpResponse<String> u = http.call("PUT", "/api/v1/households/" + id, reviewer, "{\"version\":" + version
                + ",\"label\":\"改名\",\"area\":\"411082101\",\"household\":" + HOUSEHOLD.replace("800.00", "900.00") + "}");
        assertEquals(200, u.statusCode(), u.body());
        assertEquals("900.00", json(u).get("household").get("members").get(0).get("incomes").get(0).get("monthly").asText());
        assertEquals(204, http.call("DELETE", "/api/v1/households/" + id, reviewer, null).statusCode());
        assertEquals(404, http.call("GET", "/api/v1/households/" + id, reviewer, null).statusCode(), "soft-deleted");
    }

    @Test
    void listPagesAndMasksIdNumbers() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, create(reviewer, "411082102", HOUSEHOLD).statusCode());
        }
        JsonNode page = json(http.call("GET", "/api/v1/households?code=411082102&page=1&size=2", reviewer, null));
        assertEquals(2, page.get("items").size());
        assertTrue(page.get("total").asLong() >= 3);
        assertEquals("411082********1238", page.get("items").get(0).get("members").get(0).get("idNumber").asText());
        assertFalse(page.toString().contains("411082196001011238"), "lists never show a full ID number");
        JsonNode page2 = json(http.call("GET", "/api/v1/households?code=411082102&page=2&size=2", reviewer, null));
        assertTrue(page2.get("items").size() >= 1);
        assertTrue(page.get("items").get(0).get("id").asLong() < page2.get("items").get(0).get("id").asLong());
    }

    @Test
    void aRejectedRequestStoresNothing() throws Exception {
        long before = rows();
        HttpResponse<String> badId = create(reviewer, "411082101", HOUSEHOLD.replace("411082196001011238", "411082196001011239"));
        assertEquals(422, badId.statusCode(), badId.body());
        assertEquals("INVALID_ID_NUMBER", json(badId).get("code").asText());
        assertEquals("members[p1].idNumber", json(badId).get("field").asText());
        HttpResponse<String> typo = create(reviewer, "411082101", HOUSEHOLD.replace("\"residence\"", "\"residense\""));
        assertEquals(400, typo.statusCode(), typo.body());
        HttpResponse<String> noLabel = http.call("POST", "/api/v1/households", reviewer,
                "{\"area\":\"411082\",\"household\":" + HOUSEHOLD + "}");
        assertEquals(422, noLabel.statusCode());
        assertEquals("label", json(noLabel).get("field").asText());
        assertEquals(before, rows(), "nothing stored");
    }

    @Test
    void bulkImport_allOrNothing() throws Exception {
        long before = rows();
        long pipelined = pipeline().pipelined();
        HttpResponse<String> ok = bulk(List.of(ITEM, ITEM));
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(2, json(ok).get("created").asInt());
        assertEquals(before + 2, rows());
        assertEquals(pipelined + 1, pipeline().pipelined(), "a valid body is stored while it is read (BulkPipeline)");
        // stored exactly as a single create stores the same item (amounts normalised: "800" -> "800.00")
        String plain = ITEM.replace("800.00", "800");
        HttpResponse<String> single = http.call("POST", "/api/v1/households", reviewer, plain);
        HttpResponse<String> bulk = bulk(List.of(plain));
        JsonNode one = json(http.call("GET", "/api/v1/households/" + json(single).get("id").asLong(), reviewer, null));
        JsonNode many = json(http.call("GET", "/api/v1/households/" + json(bulk).get("ids").get(0).asLong(), reviewer, null));
        assertEquals(one.get("household"), many.get("household"));
        assertEquals("800.00", many.get("household").get("members").get(0).get("incomes").get(0).get("monthly").asText());
        before += 2; // the single create and the bulk of one
        HttpResponse<String> rejected = bulk(List.of(ITEM, BAD_ID));
        assertEquals(422, rejected.statusCode(), rejected.body());
        assertEquals("items[1].members[p1].idNumber", json(rejected).get("field").asText());
        HttpResponse<String> outside = bulk(List.of(ITEM, ITEM.replace("411082105", "141002")));
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals(before + 2, rows(), "a rejected batch stores nothing");
    }

    /**
     * An error of the whole body — not JSON at its end, another key after the items, a lone surrogate in a later item,
     * too many items — is the answer even when an earlier item is invalid (as if the body were read whole before any
     * item were judged), and nothing is stored. A plainly valid body is stored while it is still being read
     * (BulkPipeline), so these check that what was stored meanwhile is rolled back and the answer is the whole body's.
     */
    @Test
    void bulkImport_anErrorOfTheWholeBody_winsOverAnEarlierInvalidItem() throws Exception {
        List<String> items = new ArrayList<>(Collections.nCopies(600, ITEM));
        String valid = itemsBody(items);
        items.set(450, BAD_ID);
        String invalidItem = itemsBody(items);
        long before = rows();
        AuditLog.Verification chainBefore = verification();

        HttpResponse<String> notJson = http.call("POST", "/api/v1/households/bulk", reviewer, invalidItem + " x");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(json(notJson).get("detail").asText().contains("JSON"), notJson.body());

        HttpResponse<String> notJsonValidItems = http.call("POST", "/api/v1/households/bulk", reviewer,
                valid.substring(0, valid.length() - 1));
        assertEquals(400, notJsonValidItems.statusCode(), notJsonValidItems.body());

        HttpResponse<String> anotherKey = http.call("POST", "/api/v1/households/bulk", reviewer,
                invalidItem.substring(0, invalidItem.length() - 1) + ",\"more\":1}");
        assertEquals(400, anotherKey.statusCode(), anotherKey.body());
        assertEquals("more", json(anotherKey).get("field").asText());

        items.set(500, ITEM.replace("批量", "批\\uD800量"));
        HttpResponse<String> surrogate = bulk(items);
        assertEquals(422, surrogate.statusCode(), surrogate.body());
        assertEquals("items[500].label", json(surrogate).get("field").asText());

        List<String> tooMany = new ArrayList<>(Collections.nCopies(HouseholdsController.MAX_BULK + 1, "{}"));
        tooMany.set(0, BAD_ID);
        HttpResponse<String> count = bulk(tooMany);
        assertEquals(422, count.statusCode(), count.body());
        assertEquals("items", json(count).get("field").asText());

        assertNothingStored(before, chainBefore);
        HttpResponse<String> ok = http.call("POST", "/api/v1/households/bulk", reviewer, valid);
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(before + 600, rows());
    }

    /** A batch with several invalid items answers the error of the first one, whatever the others' errors. */
    @Test
    void bulkImport_manyInvalidItems_theFirstOneIsNamed() throws Exception {
        String typo = ITEM.replace("\"residence\"", "\"residense\"");
        String outside = ITEM.replace("411082105", "141002");
        long before = rows();
        for (int first = 0; first < 40; first += 13) {
            List<String> items = new ArrayList<>(Collections.nCopies(400, ITEM));
            items.set(first, BAD_ID);
            items.set(first + 150, typo);
            items.set(first + 300, outside);
            HttpResponse<String> rejected = bulk(items);
            assertEquals(422, rejected.statusCode(), rejected.body());
            assertEquals("items[" + first + "].members[p1].idNumber", json(rejected).get("field").asText());
            items.set(first, ITEM);
            HttpResponse<String> shape = bulk(items);
            assertEquals(400, shape.statusCode(), shape.body());
            assertTrue(shape.body().contains("items[" + (first + 150) + "]"), shape.body());
            items.set(first + 150, ITEM);
            HttpResponse<String> forbidden = bulk(items);
            assertEquals(403, forbidden.statusCode(), forbidden.body());
        }
        assertEquals(before, rows(), "nothing stored");
    }

    /**
     * A full call of 1,000 whose last item is invalid stores nothing — no household, no audit entry — and the
     * same call with it mended imports all 1,000, their ids in the items' order, under one verifiable chain.
     */
    @Test
    void bulkImport_fullCall_invalidLastItem_storesNothing_thenAllOfIt() throws Exception {
        List<String> items = new ArrayList<>(Collections.nCopies(HouseholdsController.MAX_BULK, ITEM));
        items.set(HouseholdsController.MAX_BULK - 1, BAD_ID);
        long before = rows();
        AuditLog.Verification chainBefore = verification();
        HttpResponse<String> rejected = bulk(items);
        assertEquals(422, rejected.statusCode(), rejected.body());
        assertEquals("items[999].members[p1].idNumber", json(rejected).get("field").asText());
        assertNothingStored(before, chainBefore);
        items.set(HouseholdsController.MAX_BULK - 1, ITEM);
        HttpResponse<String> ok = bulk(items);
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode ids = json(ok).get("ids");
        assertEquals(HouseholdsController.MAX_BULK, ids.size());
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i).asLong() > ids.get(i - 1).asLong(), "ids in the items' order");
        }
        assertEquals(before + HouseholdsController.MAX_BULK, rows());
        AuditLog.Verification chain = verification();
        assertTrue(chain.intact(), chain.message());
        assertEquals(chainBefore.entries() + 1, chain.entries(), "one entry: one call, one area");
    }

    /** A bulk item of {@link #HOUSEHOLD} in 长葛's 411082105, and the same with an ID number whose check digit is wrong. */
    private static final String ITEM = "{\"label\":\"批量\",\"area\":\"411082105\",\"household\":" + HOUSEHOLD + "}";
    private static final String BAD_ID = ITEM.replace("411082196001011238", "411082196001011239");

    private static String itemsBody(List<String> items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    /** {@code POST /api/v1/households/bulk} of {@code items} as the township reviewer. */
    private static HttpResponse<String> bulk(List<String> items) throws Exception {
        return http.call("POST", "/api/v1/households/bulk", reviewer, itemsBody(items));
    }

    /** No household more than {@code before}, and the audit chain intact with no entry more than {@code chainBefore}. */
    private static void assertNothingStored(long before, AuditLog.Verification chainBefore) {
        assertEquals(before, rows(), "nothing stored");
        AuditLog.Verification chainAfter = verification();
        assertTrue(chainAfter.intact(), chainAfter.message());
        assertEquals(chainBefore.entries(), chainAfter.entries(), "no audit entry");
    }

    static BulkPipeline pipeline() {
        return http.server().injector().getInstance(BulkPipeline.class);
    }

    static AuditLog.Verification verification() {
        return http.server().injector().getInstance(AuditRepository.class).verify().orElseThrow();
    }

    @Test
    void concurrentUpdates_exactlyOneSucceeds_theOtherGets409() throws Exception {
        long id = json(create(reviewer, "411082103", HOUSEHOLD)).get("id").asLong();
        long version = json(http.call("GET", "/api/v1/households/" + id, reviewer, null)).get("version").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (String income : new String[] {"810.00", "820.00"}) {
            results.add(pool.submit(() -> {
                go.await();
                return http.call("PUT", "/api/v1/households/" + id, reviewer, "{\"version\":" + version
                        + ",\"label\":\"并发\",\"area\":\"411082103\",\"household\":" + HOUSEHOLD.replace("800.00", income) + "}")
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : results) {
            codes.add(f.get());
        }
        pool.shutdown();
        codes.sort(Integer::compare);
        assertEquals(List.of(200, 409), codes);
    }

    @Test
    void determineAStoredHouseholdAsOfADate() throws Exception {
        long id = json(create(reviewer, "411082104", HOUSEHOLD)).get("id").asLong();
        // 许昌 has no shipped dibao standard: given here. 2 × 700 − 800 = 600.00; voucher 2 × 29 = 58.00 in kind.
        HttpResponse<String> d = http.call("POST", "/api/v1/households/" + id + "/determinations", reviewer,
                "{\"date\":\"2024-03-01\",\"program\":\"dibao\",\"standards\":{\"dibao.urban.monthly\":\"700\"}}");
        assertEquals(200, d.statusCode(), d.body());
        assertEquals("600.00", json(d).get("monthlyAmount").asText());
        assertEquals("xuchang", json(d).get("versions").get("module").asText());
        assertEquals("58.00", json(d).get("lines").get("charityVoucher").asText(), "XC-14, in kind, not in the amount");
    }
}
