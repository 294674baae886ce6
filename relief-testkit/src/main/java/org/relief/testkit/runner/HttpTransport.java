package org.relief.testkit.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.relief.testkit.cases.ConformanceCase;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.ReliefJson;

/**
 * Sends each case to a server's {@code POST {base}/api/v1/determinations} (the HTTP
 * binding) and hands the status and JSON body to the same checks as the in-process runner. The
 * case's body is sent as written (input errors included: the server must refuse them with 422).
 * A bearer token is sent when given. An answer that is not JSON fails the case with its status.
 */
public final class HttpTransport implements Transport {
    private final URI base;
    private final URI endpoint;
    private final Optional<String> token;
    private final HttpClient client;

    /**
     * @param baseUrl the server's base URL, e.g. {@code http://127.0.0.1:7070}
     * @param token   a bearer token to send, if any
     */
    public HttpTransport(String baseUrl, Optional<String> token) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!base.contains("://")) {
            throw new IllegalArgumentException("--server " + baseUrl + " has no scheme: add http:// (e.g. http://" + base
                    + ")（服务器地址缺少协议：请加上 http://，例如 http://" + base + "）");
        }
        URI uri;
        try {
            uri = URI.create(base + "/api/v1/determinations");
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("--server must be an http(s) URL such as http://127.0.0.1:7070, got " + baseUrl
                    + "（--server 须为 http(s) 地址，例如 http://127.0.0.1:7070）");
        }
        this.base = URI.create(base);
        this.endpoint = uri;
        this.token = Objects.requireNonNull(token, "token");
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The URL cases are posted to. */
    public URI endpoint() {
        return endpoint;
    }

    /** The server's base URL as given (without a trailing slash). */
    public URI base() {
        return base;
    }

    /**
     * Asks the server {@code GET {base}/api/v1/modules} once: the reference server lists its modules
     * there (their names and administrative codes name the regions of a report). Any HTTP answer
     * proves the server is reachable: a server without that route answers an empty list.
     *
     * @throws IOException when the server cannot be reached at all (refused, unknown host, timeout)
     */
    public JsonNode modules() throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1/modules")).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            return ReliefJson.mapper().createArrayNode();
        }
        try {
            JsonNode body = ReliefJson.parse(r.body());
            return body.isArray() ? body : ReliefJson.mapper().createArrayNode();
        } catch (JsonProcessingException e) {
            return ReliefJson.mapper().createArrayNode();
        }
    }

    @Override
    public JsonAnswer answer(ConformanceCase c) throws IOException, InterruptedException {
        return post(endpoint, c.body());
    }

    /**
     * Posts a JSON body to {@code path} of the server (e.g. {@code /api/v1/cases}) and answers its
     * status and JSON body, sending the bearer token when given.
     *
     * @throws IOException when the server cannot be reached or its answer is not JSON
     */
    public JsonAnswer post(String path, JsonNode body) throws IOException, InterruptedException {
        return post(URI.create(base + path), body);
    }

    private JsonAnswer post(URI target, JsonNode json) throws IOException, InterruptedException {
        URI endpoint = target;
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(ReliefJson.compact(json), StandardCharsets.UTF_8));
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body;
        try {
            body = ReliefJson.parse(r.body());
        } catch (JsonProcessingException e) {
            throw new IOException("HTTP " + r.statusCode() + " from " + endpoint + " is not JSON: "
                    + r.body().substring(0, Math.min(200, r.body().length())));
        }
        return new JsonAnswer(r.statusCode(), body);
    }
}
