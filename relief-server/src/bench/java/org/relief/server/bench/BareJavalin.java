package org.relief.server.bench;

import io.javalin.Javalin;
import java.util.Map;

/**
 * The startup row's baseline (issue 19): a bare Javalin — the server's Javalin and Jetty, one
 * {@code GET /health} answering JSON through Jackson, nothing else (no Guice, no store, no engine).
 * Run from the same shaded jar's class path, so that both JVMs read the same jar:
 * <pre>java -cp relief-server/target/relief-server.jar:relief-server/target/test-classes org.relief.server.bench.BareJavalin 7071</pre>
 * {@code relief-server/src/bench/http/startup.sh} times both.
 */
public final class BareJavalin {
    private BareJavalin() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7071;
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
        }).start("127.0.0.1", port);
    }
}
