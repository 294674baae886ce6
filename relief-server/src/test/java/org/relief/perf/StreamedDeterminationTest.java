package org.relief.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relief.core.engine.Determination;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.rules.anhui.AnhuiModule;
import org.relief.rules.liaocheng.LiaochengModule;
import org.relief.rules.linfen.LinfenModule;
import org.relief.rules.xuchang.XuchangModule;
import org.relief.testkit.json.DeterminationWriter;
import org.relief.testkit.json.ReliefJson;

/**
 * The server streams a determination's JSON as UTF-8 bytes (issue 19); the kit's tree, written
 * compactly, is what every other path answers. Over 2,000 random requests a region (every program,
 * traces, standards used, published and overridden standards), both give the same bytes.
 */
class StreamedDeterminationTest {
    private static final org.relief.core.standards.StandardsTable PUBLISHED = RandomRequests.published();
    private static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of(new XuchangModule(),
            new LiaochengModule(), new AnhuiModule(), new LinfenModule()), () -> PUBLISHED);

    @ParameterizedTest
    @ValueSource(strings = {"national", "xuchang", "liaocheng", "anhui", "linfen"})
    void theStreamedBytesAreTheTreesCompactText(String region) throws IOException {
        int compared = 0;
        for (RandomRequests.Sample s : RandomRequests.of(RandomRequests.region(region), 2_000, 190_000L + region.length())) {
            if (s.refused() != null) {
                continue;
            }
            Determination d = ENGINE.determine(s.request(), s.knownOn());
            if (d.refusal().isPresent()) {
                continue;
            }
            ByteArrayBuilder bytes = new ByteArrayBuilder();
            try (JsonGenerator g = ReliefJson.mapper().getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
                DeterminationWriter.write(d, g);
            }
            assertEquals(ReliefJson.compact(DeterminationWriter.write(d)), new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            compared++;
        }
        assertTrue(compared > 1_000, "determinations compared: " + compared);
    }
}
