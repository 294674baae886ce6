package org.relief.testkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.model.InvalidInputException;

/**
 * The one Jackson mapping of the shapes of docs/case-format.md (cases and the HTTP binding), shared by the kit and
 * the server: a strictly configured {@link ObjectMapper} (duplicate keys, trailing tokens and
 * unknown properties fail; big decimals stay exact), the request reader and the determination writer.
 *
 * <pre>{@code
 * JsonNode body = ReliefJson.parse(text);                  // JsonProcessingException: not JSON → 400
 * JsonAnswer answer = ReliefJson.determine(engine, body);   // 200, 422 or 400 with its JSON
 * }</pre>
 *
 * This package needs only Jackson and relief-core (no JUnit).
 */
public final class ReliefJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReliefJson() {
    }

    /** The shared, strictly configured mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON text strictly (a duplicate key or trailing content is an error). */
    public static JsonNode parse(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /** Parses a JSON stream strictly. */
    public static JsonNode parse(InputStream in) throws IOException {
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonNode n = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "trailing content after the JSON value");
            }
            return n;
        }
    }

    /** {@link RequestReader#read(JsonNode)}. */
    public static DeterminationRequest readRequest(JsonNode body) {
        return RequestReader.read(body);
    }

    /** {@link DeterminationWriter#write(Determination)}. */
    public static JsonNode write(Determination d) {
        return DeterminationWriter.write(d);
    }

    /**
     * The whole HTTP binding in one call: reads {@code body}, determines it with {@code engine} and
     * answers {@code 200}, {@code 422} (refusal, input errors included) or {@code 400} (not of the shape).
     */
    public static JsonAnswer determine(org.relief.core.engine.ReliefEngine engine, JsonNode body) {
        DeterminationRequest request;
        try {
            request = RequestReader.read(body);
        } catch (JsonShapeException e) {
            return DeterminationWriter.answer(e);
        } catch (InvalidInputException e) {
            return DeterminationWriter.answer(e);
        }
        return DeterminationWriter.answer(engine.determine(request));
    }

    /** Pretty JSON text of a node. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compact one-line JSON text of a node. */
    public static String compact(JsonNode node) {
        return node.toString();
    }
}
