package org.relief.core.spi;

import java.util.Arrays;
import java.util.Map;

/** What a rule did: its inputs and result, as text for the trace. */
public final class Applied {
    private static final Applied NOT_APPLICABLE = new Applied(null, "", false);

    /** Null: no inputs (a result only, or not applicable). */
    private final Inputs inputs;
    private final String result;
    private final boolean applied;

    /** A rule's inputs in the order given, filled in place (a record is built by one rule on one thread). */
    private static final class Inputs {
        private String[] names = new String[4];
        private String[] values = new String[4];
        private int size;

        /** As a map's put: a name given again keeps its place and takes the new value. */
        void put(String name, String value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = java.util.Objects.requireNonNull(name, "input name");
            values[size++] = value;
        }
    }

    private Applied(Inputs inputs, String result, boolean applied) {
        this.inputs = inputs;
        this.result = result;
        this.applied = applied;
    }

    private static final Applied UNTRACED = new Applied(null, "", true);

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
        return new Applied(new Inputs(), "", true);
    }

    /** An applied rule with only a result. */
    public static Applied result(String result) {
        return new Applied(null, result, true);
    }

    /** Adds an input. A record is built by one rule on one thread, so it is filled in place. */
    public Applied with(String name, Object value) {
        if (this == UNTRACED) {
            return this;
        }
        Inputs target = inputs != null ? inputs : new Inputs();
        target.put(name, String.valueOf(value));
        return target == inputs ? this : new Applied(target, result, true);
    }

    /** The result text, e.g. {@code eligible: 600.00 < 720.00}. */
    public Applied then(String resultText) {
        if (this == UNTRACED) {
            return this;
        }
        return new Applied(inputs != null ? inputs : new Inputs(), resultText, true);
    }

    public boolean applied() {
        return applied;
    }

    /** The inputs recorded so far, in the order given (an immutable {@link TraceInputs}). */
    public Map<String, String> inputsView() {
        return inputs == null ? TraceInputs.of(new String[0], new String[0], 0)
                : TraceInputs.of(inputs.names, inputs.values, inputs.size);
    }

    public String resultText() {
        return result;
    }
}
