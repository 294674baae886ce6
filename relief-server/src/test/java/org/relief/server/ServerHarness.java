package org.relief.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** A server started on a free port for a test, and a small HTTP client for it. */
public final class ServerHarness implements AutoCloseable {
    private final ReliefServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    public ServerHarness(Path dataDir) {
        server = ReliefServer.start(ServerConfig.forTest(dataDir));
    }

    public ReliefServer server() {
        return server;
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
