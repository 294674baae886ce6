package org.relief.server.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.relief.testkit.json.JsonAnswer;
import org.relief.server.http.JsonBody;
import org.relief.testkit.json.ReliefJson;

/**
 * Writes an answer of the kit's HTTP binding (the same JSON the in-process runner checks): the status,
 * {@code application/json} or, for a problem, {@code application/problem+json} with its
 * {@code instance}; a refusal keeps its {@code missing} inputs and {@code reasons}.
 */
public final class Answers {
    private Answers() {
    }

    /** Sends {@code a} on {@code ctx}. */
    public static void send(Context ctx, JsonAnswer a) {
        if (a.status() >= 400 && a.body() instanceof ObjectNode o) {
            o.put("instance", ctx.path());
            JsonBody.send(ctx, a.status(), "application/problem+json; charset=utf-8", ReliefJson.compact(o));
            return;
        }
        JsonBody.send(ctx, a.status(), "application/json; charset=utf-8", ReliefJson.compact(a.body()));
    }
}
