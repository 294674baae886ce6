package org.relief.core.engine;

import java.util.Map;
import java.util.Optional;

/**
 * One rule applied, in order.
 *
 * @param rule      the catalogue id, e.g. {@code LC-04}
 * @param citation  document number and clause, e.g. {@code 聊政字〔2020〕28号 三(二)}
 * @param title     short zh-CN title
 * @param slot      the pipeline slot it filled
 * @param overrides the national id it replaced here, when it is a regional override
 * @param inputs    the inputs it read
 * @param result    what it found
 */
public record TraceEntry(String rule, String citation, String title, String slot, Optional<String> overrides,
                         Map<String, String> inputs, String result) {
    public TraceEntry {
        overrides = Optional.ofNullable(overrides).flatMap(x -> x);
        // The inputs an Applied hands over are immutable already (and keep the rule's order).
        inputs = inputs instanceof org.relief.core.spi.TraceInputs ? inputs : Map.copyOf(inputs);
    }
}
