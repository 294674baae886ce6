package org.relief.testkit.runner;

import org.relief.testkit.cases.ConformanceCase;
import org.relief.testkit.json.JsonAnswer;

/**
 * How a case reaches an implementation and what it answers, as the HTTP binding's JSON: in-process
 * ({@link InProcessTransport}) or, in a later version, over HTTP. The same checks run on both.
 */
@FunctionalInterface
public interface Transport {
    /** The answer to the case's request: status 200 (determination), 422 (refusal) or 400 (malformed). */
    JsonAnswer answer(ConformanceCase c) throws Exception;
}
