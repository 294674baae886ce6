package org.relief.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, configured (not bypassed): what Jetty answers itself — a malformed URI
 * ({@code %00}, {@code %zz}, bad UTF-8), a stalled upload (408), too many requests at once (503) —
 * is problem JSON of the same codes as the routes' answers ({@link Problems#forStatus(int)}), never
 * Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
    private final ObjectMapper mapper;

    JettyErrors(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    /** Every method gets its problem body (Jetty's default writes one for GET, POST and HEAD only). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(Problems.forStatus(code).withInstance(safePath(request)));
        } catch (JsonProcessingException e) {
            body = ("{\"status\":" + code + ",\"code\":\"HTTP_" + code + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A message Jetty rejects while parsing it (before there is a request to route). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        try {
            return ByteBuffer.wrap(mapper.writeValueAsBytes(Problems.forStatus(status)));
        } catch (JsonProcessingException e) {
            return ByteBuffer.wrap(("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String safePath(Request request) {
        try {
            String p = request.getHttpURI().getPath();
            return p == null ? "/" : p;
        } catch (RuntimeException e) {
            return "/";
        }
    }
}
