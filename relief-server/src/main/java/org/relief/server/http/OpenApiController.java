package org.relief.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.json}: the OpenAPI 3 description, a resource kept true by a test. */
public final class OpenApiController {
    /** The classpath resource of the document. */
    public static final String RESOURCE = "/openapi.json";
    private final String document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void document(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(document);
    }
}
