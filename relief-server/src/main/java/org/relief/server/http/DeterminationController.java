package org.relief.server.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.Screening;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.RefusalCode;
import org.relief.testkit.json.DeterminationWriter;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.JsonShapeException;
import org.relief.testkit.json.ReliefJson;

/**
 * The stateless policy calculator of FORMAT.md's HTTP binding: {@code POST /api/v1/determinations}
 * and {@code POST /api/v1/screenings}. Open without a token; nothing is stored. Reading and writing
 * go through the kit's one JSON mapping ({@link ReliefJson}), so the server answers exactly what the
 * in-process runner computes.
 */
public final class DeterminationController {
    private static final String JSON = "application/json; charset=utf-8";
    private final ReliefEngine engine;

    @Inject
    public DeterminationController(ReliefEngine engine) {
        this.engine = engine;
    }

    /**
     * The determination is streamed as UTF-8 straight from the record (no JSON tree, no string in
     * between): the same bytes as the kit's tree written compactly, at a fraction of the cost.
     */
    public void determine(Context ctx) {
        DeterminationRequest request = request(ctx, JsonBody.read(ctx));
        if (request == null) {
            return;
        }
        Determination d = engine.determine(request);
        if (d.refusal().isPresent()) {
            send(ctx, DeterminationWriter.answer(d));
            return;
        }
        ByteArrayBuilder bytes = new ByteArrayBuilder(4096);
        try (JsonGenerator g = ReliefJson.mapper().getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            DeterminationWriter.write(d, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonBody.send(ctx, 200, JSON, bytes.toByteArray());
    }

    /** The request of {@code body}, or {@code null} once its 400 or 422 has been answered. */
    private static DeterminationRequest request(Context ctx, JsonNode body) {
        try {
            return ReliefJson.readRequest(body);
        } catch (JsonShapeException e) {
            send(ctx, DeterminationWriter.answer(e));
        } catch (InvalidInputException e) {
            send(ctx, DeterminationWriter.answer(e));
        }
        return null;
    }

    /**
     * 一门受理: the body of a determination without {@code program} (or with one, which is ignored);
     * the answer lists every program the region serves. A refusal of the request as a whole (input
     * errors, unknown region, date out of range) is 422 like a determination's.
     */
    public void screen(Context ctx) {
        JsonNode body = JsonBody.read(ctx);
        if (body.isObject() && !body.has("program")) {
            body = ((ObjectNode) body.deepCopy()).put("program", "dibao");
        }
        DeterminationRequest request = request(ctx, body);
        if (request == null) {
            return;
        }
        Screening s = engine.screen(request);
        Optional<Determination> wholeRequestRefused = s.determinations().stream().filter(d -> d.refusal()
                .map(r -> r.code() == RefusalCode.UNKNOWN_REGION || r.code() == RefusalCode.DATE_OUT_OF_RANGE).orElse(false))
                .findFirst();
        if (wholeRequestRefused.isPresent()) {
            send(ctx, DeterminationWriter.answer(wholeRequestRefused.get()));
            return;
        }
        ObjectNode out = ReliefJson.mapper().createObjectNode();
        out.put("region", s.region().value());
        out.put("date", s.date().toString());
        ArrayNode items = out.putArray("determinations");
        for (Determination d : s.determinations()) {
            ObjectNode item = items.addObject();
            item.put("program", d.program().id());
            if (d.refusal().isPresent()) {
                item.set("refusal", DeterminationWriter.problem(d.refusal().get()));
            } else {
                item.setAll(DeterminationWriter.write(d));
            }
        }
        out.putArray("eligiblePrograms").addAll(s.eligiblePrograms().stream()
                .map(p -> ReliefJson.mapper().getNodeFactory().textNode(p.id())).toList());
        send(ctx, new JsonAnswer(200, out));
    }

    static void send(Context ctx, JsonAnswer answer) {
        if (answer.status() == 200) {
            JsonBody.send(ctx, 200, JSON, ReliefJson.compact(answer.body()));
        } else {
            throw new ApiException(Problem.of(answer.status(), answer.body()));
        }
    }
}
