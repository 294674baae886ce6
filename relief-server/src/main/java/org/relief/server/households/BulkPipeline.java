package org.relief.server.households;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.relief.server.http.JsonBody;

/**
 * A bulk import's body read and validated on a thread of its own while the request's thread stores what is
 * already valid (issue 19: the parse and the validation were half of a call, the store the other half, one
 * after the other on one core).
 *
 * <p>The reader streams the body's {@code items} ({@link JsonBody#streamArray}), validates each and hands them
 * over in slices of {@value #SLICE}, in order; the request's thread takes the first slice before it asks for
 * the store (an invalid first slice never takes the writer's lock), then stores each slice as it comes, all in
 * one transaction. Only a plainly valid body goes this way: at the first problem of any kind the store's
 * transaction is rolled back and {@link #run} answers empty, and the caller reads the whole body again the
 * ordinary way, whose answer (the error, with its path) is the same as without this class. So the answers,
 * the rows, their ids and the audit entries are those of the ordinary way; only the time differs.
 *
 * <p>At most {@value #THREADS} calls read at once (one each for two calls in flight, the importer's advice);
 * another call is read the ordinary way. The threads are daemons and end when idle; {@link #close} ends them
 * when the server stops.
 */
@Singleton
public final class BulkPipeline implements AutoCloseable {
    /** Items a slice hands over. */
    static final int SLICE = 100;
    /** Calls read at once. */
    static final int THREADS = 2;

    private static final Object END = new Object();
    private static final Object FAILED = new Object();

    private final ThreadPoolExecutor readers;
    private final LongAdder pipelined = new LongAdder();

    public BulkPipeline() {
        this(THREADS);
    }

    /** With {@code threads} readers ({@code 0}: every call is read the ordinary way). */
    BulkPipeline(int threads) {
        AtomicInteger n = new AtomicInteger();
        readers = new ThreadPoolExecutor(0, Math.max(1, threads), 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "relief-bulk-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        if (threads == 0) {
            readers.shutdown();
        }
    }

    /**
     * Reads {@code body} ({@code {"items": [...]}}, 1 to {@code max} items) on a reader, each item through
     * {@code validate}, while {@code store} stores the slices on this thread, in one transaction: the supplier it is
     * given answers the next slice, {@code null} after the last (and throws, rolling the transaction back, when the
     * body turns out not plainly valid).
     *
     * @return what {@code store} answered, or empty when the body is not plainly valid (or no reader is free): then
     *     nothing was stored, and the caller reads the body the ordinary way
     */
    <T, R> Optional<R> run(byte[] body, int max, Function<ObjectNode, T> validate, Function<Supplier<List<T>>, R> store) {
        BlockingQueue<Object> handed = new LinkedBlockingQueue<>();
        Cancel cancel = new Cancel();
        try {
            readers.execute(() -> read(body, max, validate, handed, cancel));
        } catch (RejectedExecutionException busy) {
            return Optional.empty();
        }
        try {
            Object first = take(handed);
            if (first == FAILED) {
                return Optional.empty();
            }
            Object[] next = {first};
            R stored = store.apply(() -> {
                Object slice = next[0] != null ? next[0] : take(handed);
                next[0] = null;
                if (slice == FAILED) {
                    throw new Abandoned(); // rolls the store's transaction back
                }
                @SuppressWarnings("unchecked")
                List<T> items = slice == END ? null : (List<T>) slice;
                return items;
            });
            pipelined.increment();
            return Optional.of(stored);
        } catch (Abandoned a) {
            return Optional.empty();
        } finally {
            cancel.set = true;
        }
    }

    private static <T> void read(byte[] body, int max, Function<ObjectNode, T> validate, BlockingQueue<Object> handed,
                                 Cancel cancel) {
        List<T> slice = new ArrayList<>(SLICE);
        boolean valid;
        try {
            valid = JsonBody.streamArray(body, "items", max, item -> {
                if (cancel.set) {
                    throw new Abandoned();
                }
                slice.add(validate.apply(item));
                if (slice.size() == SLICE) {
                    handed.add(List.copyOf(slice));
                    slice.clear();
                }
            });
        } catch (RuntimeException invalidOrCancelled) { // any problem: the ordinary way finds and answers it
            valid = false;
        }
        if (valid && !slice.isEmpty()) {
            handed.add(List.copyOf(slice));
        }
        handed.add(valid ? END : FAILED);
    }

    private static Object take(BlockingQueue<Object> handed) {
        try {
            return handed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a bulk import was read", e);
        }
    }

    /** How many calls were stored this way (for tests and diagnostics). */
    long pipelined() {
        return pipelined.sum();
    }

    /** Ends the readers (a call being read is read to its end). */
    @Override
    public void close() {
        readers.shutdown();
    }

    /** Set when the call no longer needs its reader (it answered, or failed storing). */
    private static final class Cancel {
        volatile boolean set;
    }

    /** The body turned out not plainly valid (or the call was done with): the store rolls back. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
