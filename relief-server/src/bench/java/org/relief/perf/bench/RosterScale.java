package org.relief.perf.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.relief.core.model.AdminCode;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterLine;

/**
 * The roster at provincial scale: the August 2024 roster of every county of a {@link ProvinceFixture}
 * (default 100 counties × 10,000 cases, one county in ten owing back-pay for June and July), one
 * county after the other, each on a pool of as many threads as cores. Reports progress through
 * {@link Payroll.Progress}, the time, and the heap: the peak used at any sample (every 100 ms) and
 * the peak used just after a collection (what stays live). Run with {@code -Xmx512m}; the command is
 * in docs/measurements.md. Arguments: {@code [counties] [casesPerCounty]}.
 */
public final class RosterScale {
    private RosterScale() {
    }

    public static void main(String[] args) throws Exception {
        int counties = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perCounty = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long total = (long) counties * perCounty;
        ProvinceFixture province = new ProvinceFixture(counties, perCounty, true);
        int cores = Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(cores);
        Payroll payroll = province.payroll(pool);
        long p0 = System.nanoTime();
        province.prepareHistory(pool);
        System.out.printf("history of June and July prepared in %.1f s (not measured)%n", (System.nanoTime() - p0) / 1e9);
        System.gc();
        HeapWatch heap = new HeapWatch();
        heap.start();
        AtomicLong done = new AtomicLong();
        Map<String, Long> lines = new TreeMap<>();
        long arrearsCases = 0;
        long held = 0;
        long t0 = System.nanoTime();
        long before = 0;
        for (AdminCode county : province.counties) {
            long base = before;
            Payroll.Progress progress = n -> {
                long all = base + n;
                if (all / 100_000 != done.get() / 100_000) {
                    System.out.printf("  %,d / %,d cases (%.1f s)%n", all, total, (System.nanoTime() - t0) / 1e9);
                }
                done.set(all);
            };
            Roster r = payroll.draft(county, ProvinceFixture.MONTH, ProvinceFixture.COMPUTED_ON, progress);
            for (RosterLine l : r.lines()) {
                lines.merge(l.held() ? "held" : l.code(), 1L, Long::sum);
                arrearsCases += l.code().equals(RosterLine.ARREARS) ? 1 : 0;
                held += l.held() ? 1 : 0;
            }
            if (province.retroactive(county) != r.lines().stream().anyMatch(l -> l.code().equals(RosterLine.ARREARS))) {
                throw new IllegalStateException("back-pay where none is due, or none where it is: " + county);
            }
            before += perCounty;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.finish();
        pool.shutdown();
        System.out.printf("%,d cases in %d counties on %d cores: %.1f s (%,.0f cases/s)%n", total, counties, cores, seconds,
                total / seconds);
        System.out.printf("lines: %s; cases with back-pay: %,d; held: %,d%n", lines, arrearsCases, held);
        System.out.printf("heap: max %d MB; peak used %d MB; peak used after GC %d MB; GCs %d (%d ms)%n",
                Runtime.getRuntime().maxMemory() >> 20, heap.peakUsed >> 20, heap.peakAfterGc >> 20, gcCount(), gcMillis());
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionCount()).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionTime()).sum();
    }

    /**
     * Watches the heap: the used heap sampled every 100 ms (peak), and the heap used just after each
     * collection, from the collectors' notifications (peak: what the run keeps live).
     */
    private static final class HeapWatch extends Thread implements javax.management.NotificationListener {
        volatile long peakUsed;
        volatile long peakAfterGc;
        private volatile boolean running = true;

        HeapWatch() {
            setDaemon(true);
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).addNotificationListener(this, null, null);
            }
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) n.getUserData());
            long after = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                var u = info.getGcInfo().getMemoryUsageAfterGc().get(p.getName());
                if (p.getType() == MemoryType.HEAP && u != null) {
                    after += u.getUsed();
                }
            }
            synchronized (this) {
                peakAfterGc = Math.max(peakAfterGc, after);
            }
        }

        @Override
        public void run() {
            while (running) {
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }
    }
}
