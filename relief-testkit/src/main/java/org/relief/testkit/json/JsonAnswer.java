package org.relief.testkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What the HTTP binding answers: a status and a JSON body. {@code 200} carries a determination,
 * {@code 422} problem JSON with the refusal {@code code}, {@code 400} problem JSON for a malformed
 * request. The in-process runner produces the same answers, so that in-process and HTTP runs are
 * checked by the same code.
 *
 * @param status HTTP status (200, 422 or 400)
 * @param body   the determination or the problem JSON
 */
public record JsonAnswer(int status, JsonNode body) {
    /** Requires a body. */
    public JsonAnswer {
        Objects.requireNonNull(body, "body");
    }

    /** Whether the answer is a determination (not a refusal nor a malformed request). */
    public boolean isDetermination() {
        return status == DeterminationWriter.OK;
    }

    /** The refusal code of a problem answer ({@code INVALID_INPUT}, {@code MISSING_STANDARD}, …). */
    public Optional<String> problemCode() {
        if (isDetermination()) {
            return Optional.empty();
        }
        JsonNode c = body.get("code");
        return Optional.of(c != null && c.isTextual() ? c.textValue() : "HTTP " + status);
    }

    /** The {@code field} of a problem answer, when it names one. */
    public Optional<String> problemField() {
        JsonNode f = body.get("field");
        return isDetermination() || f == null || !f.isTextual() ? Optional.empty() : Optional.of(f.textValue());
    }

    /** The {@code outcome} of a determination answer. */
    public Optional<String> outcome() {
        JsonNode o = body.get("outcome");
        return isDetermination() && o != null && o.isTextual() ? Optional.of(o.textValue()) : Optional.empty();
    }

    /** One line for messages: {@code eligible} or {@code refused MISSING_STANDARD (standards.x): detail}. */
    public String summary() {
        if (isDetermination()) {
            return outcome().orElse("?");
        }
        StringBuilder b = new StringBuilder("refused ").append(problemCode().orElse("?"));
        problemField().ifPresent(f -> b.append(" at ").append(f));
        JsonNode en = body.get("detailEn");
        if (en != null && en.isTextual()) {
            b.append(": ").append(en.textValue());
        }
        return b.toString();
    }
}
