package org.relief.testkit.runner;

import java.util.Objects;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.testkit.cases.ConformanceCase;
import org.relief.testkit.json.DeterminationWriter;
import org.relief.testkit.json.JsonAnswer;

/**
 * Determines cases with a {@link ReliefEngine} in this JVM and answers as the HTTP binding would:
 * an input error met while reading the case is a {@code 422} refusal (input errors come first,
 * the order of refusals); otherwise the engine's determination or refusal.
 */
public final class InProcessTransport implements Transport {
    private final ReliefEngine engine;

    /** A transport asking {@code engine}. */
    public InProcessTransport(ReliefEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** An engine over these modules (the national baseline is always among them). */
    public static InProcessTransport of(RuleModules modules) {
        return new InProcessTransport(ReliefEngine.create(modules));
    }

    /** The engine asked. */
    public ReliefEngine engine() {
        return engine;
    }

    @Override
    public JsonAnswer answer(ConformanceCase c) {
        if (c.inputError().isPresent()) {
            return DeterminationWriter.answer(c.inputError().get());
        }
        return DeterminationWriter.answer(engine.determine(c.request().orElseThrow()));
    }
}
