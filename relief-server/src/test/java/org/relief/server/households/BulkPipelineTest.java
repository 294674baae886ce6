package org.relief.server.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BulkPipeline}: the slices reach the store in order, and anything not plainly valid — found before the
 * store or during it — answers empty with the store's work thrown away (the caller then reads the body the
 * ordinary way). The store here records what it was handed; the real one is a transaction (HouseholdsApiTest).
 */
class BulkPipelineTest {
    private final BulkPipeline pipeline = new BulkPipeline();

    @AfterEach
    void close() {
        pipeline.close();
    }

    private static byte[] body(int n, int invalidAt) {
        return ("{\"items\":[" + IntStream.range(0, n).mapToObj(i -> "{\"n\":" + (i == invalidAt ? -1 : i) + "}")
                .collect(Collectors.joining(",")) + "]}").getBytes(StandardCharsets.UTF_8);
    }

    /** The item's number; a negative one is invalid. */
    private static Integer validate(com.fasterxml.jackson.databind.node.ObjectNode item) {
        int n = item.get("n").intValue();
        if (n < 0) {
            throw new IllegalArgumentException("invalid item");
        }
        return n;
    }

    /** A store that takes every slice, remembering them, and what the supplier threw (as a transaction would roll back). */
    private static final class Recording {
        final List<List<Integer>> slices = new ArrayList<>();
        RuntimeException thrown;
        int calls;

        List<Integer> store(Supplier<List<Integer>> next) {
            calls++;
            try {
                for (List<Integer> s = next.get(); s != null; s = next.get()) {
                    slices.add(s);
                }
            } catch (RuntimeException e) {
                thrown = e;
                throw e;
            }
            return slices.stream().flatMap(List::stream).toList();
        }
    }

    @Test
    void validBody_storedInSlicesInOrder() {
        Recording store = new Recording();
        Optional<List<Integer>> out = pipeline.run(body(250, -1), 1000, BulkPipelineTest::validate, store::store);
        assertEquals(IntStream.range(0, 250).boxed().toList(), out.orElseThrow());
        assertEquals(List.of(100, 100, 50), store.slices.stream().map(List::size).toList());
        assertEquals(1, store.calls);
    }

    @Test
    void anInvalidItemAfterSomeSlicesWereStored_rollsTheStoreBack_andAnswersEmpty() {
        Recording store = new Recording();
        Optional<List<Integer>> out = pipeline.run(body(1000, 999), 1000, BulkPipelineTest::validate, store::store);
        assertTrue(out.isEmpty());
        assertEquals(1, store.calls);
        assertEquals(9, store.slices.size(), "the nine whole slices before it were handed over");
        assertNotEquals(null, store.thrown, "then the supplier threw inside the store: its transaction rolls back");
    }

    @Test
    void anInvalidFirstSlice_neverReachesTheStore() {
        Recording store = new Recording();
        assertTrue(pipeline.run(body(50, 7), 1000, BulkPipelineTest::validate, store::store).isEmpty());
        assertEquals(0, store.calls);
    }

    @Test
    void aBodyErrorAfterValidItems_orTooManyItems_answersEmpty() {
        byte[] unclosed = new String(body(300, -1), StandardCharsets.UTF_8).replaceFirst("]}$", "]")
                .getBytes(StandardCharsets.UTF_8);
        Recording store = new Recording();
        assertTrue(pipeline.run(unclosed, 1000, BulkPipelineTest::validate, store::store).isEmpty());
        assertTrue(store.thrown != null || store.calls == 0, "whatever was handed over was thrown away");
        Recording tooMany = new Recording();
        assertTrue(pipeline.run(body(1001, -1), 1000, BulkPipelineTest::validate, tooMany::store).isEmpty());
    }

    @Test
    void whatTheStoreItselfThrows_isThrown() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pipeline.run(body(10, -1), 1000,
                BulkPipelineTest::validate, next -> {
                    next.get();
                    throw new IllegalStateException("disk full");
                }));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void noReaderFree_answersEmpty_withoutStoring() {
        BulkPipeline none = new BulkPipeline(0);
        Recording store = new Recording();
        assertTrue(none.run(body(10, -1), 1000, BulkPipelineTest::validate, store::store).isEmpty());
        assertEquals(0, store.calls);
        none.close();
    }

    @Test
    void readersAreDaemons_namedForWhatTheyDo() throws Exception {
        List<Thread> seen = new ArrayList<>();
        pipeline.run(body(1, -1), 1000, item -> {
            seen.add(Thread.currentThread());
            return 1;
        }, next -> next.get());
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).isDaemon());
        assertTrue(seen.get(0).getName().startsWith("relief-bulk-reader-"), seen.get(0).getName());
        assertFalse(seen.get(0) == Thread.currentThread(), "read on a thread of its own");
    }
}
