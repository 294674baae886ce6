package org.relief.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a rule did: its inputs and result, as text for the trace. */
public final class Applied {
    private static final Applied NOT_APPLICABLE = new Applied(Map.of(), "", false);

    private final Map<String, String> inputs;
    private final String result;
    private final boolean applied;

    private Applied(Map<String, String> inputs, String result, boolean applied) {
        this.inputs = inputs;
        this.result = result;
        this.applied = applied;
    }

    private static final Applied UNTRACED = new Applied(Map.of(), "", true);

    /**
     * Applied, nothing recorded: what a rule may return when {@link Evaluation#tracing()} is off, so
     * that a determination without its trace builds none of its text (issue 19).
     */
    public static Applied untraced() {
        return UNTRACED;
    }

    /** The rule does not apply here; nothing is traced. */
    public static Applied notApplicable() {
        return NOT_APPLICABLE;
    }

    /** Starts a trace record: add inputs with {@link #with}, finish with {@link #result}. */
    public static Applied inputs() {
        return new Applied(new LinkedHashMap<>(), "", true);
    }

    /** An applied rule with only a result. */
    public static Applied result(String result) {
        return new Applied(Map.of(), result, true);
    }

    /** Adds an input. A record is built by one rule on one thread, so it is filled in place. */
    public Applied with(String name, Object value) {
        if (this == UNTRACED) {
            return this;
        }
        Map<String, String> target = inputs instanceof LinkedHashMap ? inputs : new LinkedHashMap<>(inputs);
        target.put(name, String.valueOf(value));
        return target == inputs ? this : new Applied(target, result, true);
    }

    /** The result text, e.g. {@code eligible: 600.00 < 720.00}. */
    public Applied then(String resultText) {
        if (this == UNTRACED) {
            return this;
        }
        return new Applied(inputs instanceof LinkedHashMap ? inputs : new LinkedHashMap<>(inputs), resultText, true);
    }

    public boolean applied() {
        return applied;
    }

    public Map<String, String> inputsView() {
        return Collections.unmodifiableMap(inputs);
    }

    public String resultText() {
        return result;
    }
}
