package org.relief.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.relief.server.ServerConfig;
import org.relief.testkit.json.ReliefJson;

/**
 * {@code GET /openapi.json}: the OpenAPI 3 description, a resource kept true by tests. Its
 * {@code servers} entry is the address this server really listens on ({@code RELIEF_HOST}) and the
 * port the request came in on; on a wildcard address ({@code 0.0.0.0}) the host the caller used.
 */
public final class OpenApiController {
    /** The classpath resource of the document. */
    public static final String RESOURCE = "/openapi.json";
    private final ObjectNode document;
    private volatile ObjectNode completed;
    private final ServerConfig config;

    @Inject
    public OpenApiController(ServerConfig config) {
        this.config = config;
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            document = (ObjectNode) ReliefJson.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes the document from the route table (once, when the routes are known). */
    void complete(RouteTable table) {
        completed = OpenApiDocument.complete(document, table);
    }

    public void document(Context ctx) {
        ObjectNode doc = (completed == null ? document : completed).deepCopy();
        doc.putArray("servers").addObject().put("url", "http://" + host(ctx) + ":" + ctx.req().getLocalPort());
        ctx.contentType("application/json; charset=utf-8").result(doc.toString());
    }

    private String host(Context ctx) {
        String h = config.host();
        if (wildcard(h)) {
            h = ctx.req().getLocalAddr();
        }
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }

    private static boolean wildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
