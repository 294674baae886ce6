package org.relief.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relief.core.engine.Determination;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.rules.anhui.AnhuiModule;
import org.relief.rules.liaocheng.LiaochengModule;
import org.relief.rules.linfen.LinfenModule;
import org.relief.rules.xuchang.XuchangModule;

/**
 * The frozen answers: for each region, 10,000 random requests ({@link RandomRequests}, fixed seed)
 * determined as the engine answered them before the performance work of issue 19, compared field by
 * field with the determinations of today's engine (amounts, outcome, reasons, missing inputs, trace
 * rule ids, refusal codes, and a hash of every message, trace line and standard used).
 *
 * <p><b>When the semantics change on purpose</b> (a rule corrected, a standard added, the generator
 * changed), write the files anew, in a commit of its own that says why:
 * <pre>mvn -B -ntp -pl relief-server -am verify -Dtest=FrozenAnswersTest -Dsurefire.failIfNoSpecifiedTests=false -Dfrozen.write=true</pre>
 * A speed-up must never need that: its answers are the frozen ones.
 */
class FrozenAnswersTest {
    static final int PER_REGION = 10_000;
    private static final org.relief.core.standards.StandardsTable PUBLISHED = RandomRequests.published();
    private static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of(new XuchangModule(), new LiaochengModule(),
            new AnhuiModule(), new LinfenModule()), () -> PUBLISHED);

    @ParameterizedTest
    @ValueSource(strings = {"national", "xuchang", "liaocheng", "anhui", "linfen"})
    void todaysAnswersAreTheFrozenOnes(String region) throws IOException {
        List<String> now = answers(region);
        if (Boolean.getBoolean("frozen.write")) {
            Path file = Path.of("src/test/resources/frozen", region + ".tsv.gz");
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                FrozenAnswers.write(out, region + ": " + PER_REGION + " requests of RandomRequests, seed " + seed(region)
                        + "; columns: index outcome refusal monthly amount min max lines reasons missing measures procedure trace hash",
                        now);
            }
            return;
        }
        List<String> frozen;
        try (InputStream in = FrozenAnswersTest.class.getResourceAsStream("/frozen/" + region + ".tsv.gz")) {
            assertNotNull(in, "frozen answers of " + region);
            frozen = FrozenAnswers.read(in);
        }
        assertEquals(PER_REGION, frozen.size(), "frozen answers of " + region);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < PER_REGION; i++) {
            if (!frozen.get(i).equals(now.get(i))) {
                differences.add("request " + i + "\n  frozen: " + FrozenAnswers.columns(frozen.get(i)) + "\n  now:    "
                        + FrozenAnswers.columns(now.get(i)));
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + PER_REGION + " determinations of " + region + " differ from the frozen ones; first:\n"
                    + String.join("\n", differences.subList(0, Math.min(5, differences.size()))));
        }
    }

    static long seed(String region) {
        return 19_000L + RandomRequests.REGIONS.indexOf(RandomRequests.region(region));
    }

    static List<String> answers(String region) {
        List<RandomRequests.Sample> samples = RandomRequests.of(RandomRequests.region(region), PER_REGION, seed(region));
        // Determined on every core, kept in order (the engine is thread-safe; the requests were made in order).
        return java.util.stream.IntStream.range(0, samples.size()).parallel().mapToObj(i -> {
            RandomRequests.Sample s = samples.get(i);
            if (s.refused() != null) {
                return i + "\tTHROWS " + s.refused().getClass().getName() + ": " + s.refused().getMessage();
            }
            try {
                Determination d = ENGINE.determine(s.request(), s.knownOn());
                return FrozenAnswers.line(i, d);
            } catch (RuntimeException e) {
                return i + "\tTHROWS " + e.getClass().getName() + ": " + e.getMessage();
            }
        }).toList();
    }
}
