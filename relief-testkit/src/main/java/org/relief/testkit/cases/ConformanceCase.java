package org.relief.testkit.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.model.InvalidInputException;

/**
 * A well-formed case: its request (the case object without {@code id}, {@code rules}, {@code note}
 * and {@code expect}, i.e. the HTTP body) and what must be answered.
 *
 * <p>The request was read strictly. Either it is a valid {@link #request()}, or reading it met an
 * input error ({@link #inputError()}), which is the answer: a refusal with that code
 * ({@code INVALID_INPUT}, {@code INVALID_ID_NUMBER}) that the case may expect with {@code expect.error}.
 *
 * @param region  the region code as written (for reports)
 * @param program the program as written
 * @param date    the date as written
 * @param body    the request JSON (HTTP body)
 */
public record ConformanceCase(String file, int index, String id, List<String> rules, Optional<String> note,
                              String region, String program, String date, ObjectNode body, Expectation expect,
                              Optional<DeterminationRequest> request, Optional<InvalidInputException> inputError)
        implements CaseEntry {
    /** Checks that exactly one of request and input error is present. */
    public ConformanceCase {
        rules = List.copyOf(rules);
        if (request.isPresent() == inputError.isPresent()) {
            throw new IllegalArgumentException("a case has either a request or an input error");
        }
    }
}
