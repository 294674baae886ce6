package org.relief.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server started on a free port for a test, and a small HTTP client for it: started at once by the
 * constructors (close it, e.g. with try-with-resources), or for a whole test class as a JUnit extension,
 * {@link #perClass(Function)}.
 */
public final class ServerHarness implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private final Function<Path, ServerConfig> perClass;
    private final HttpClient client = HttpClient.newHttpClient();
    private ReliefServer server;
    private Path directory;

    public ServerHarness(Path dataDir) {
        this(ServerConfig.forTest(dataDir));
    }

    public ServerHarness(ServerConfig config) {
        perClass = null;
        server = ReliefServer.start(config);
    }

    private ServerHarness(Function<Path, ServerConfig> perClass) {
        this.perClass = perClass;
    }

    /**
     * A server for a test class, as an extension:
     * {@code @RegisterExtension static final ServerHarness http = ServerHarness.perClass(data -> ServerConfig.forTest(data).withDemo(true));}
     * — started before the class's {@code @BeforeAll} methods with the configuration for a data directory
     * of its own ({@code data} in a new directory {@code target/server-test-*}), stopped after the class's
     * {@code @AfterAll} methods, and the directory then deleted.
     */
    public static ServerHarness perClass(Function<Path, ServerConfig> config) {
        return new ServerHarness(config);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (perClass == null) {
            throw new IllegalStateException("this harness was started by its constructor; register ServerHarness.perClass(…)");
        }
        // under the module's target/, as the store contract tests': Derby's engine, which outlives a server in
        // the JVM, makes its first home again when the next server boots a database, and that empty directory
        // is then mvn clean's, not litter in the system's temporary directory
        directory = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "server-test-");
        server = ReliefServer.start(perClass.apply(directory.resolve("data")));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) {
                close();
            }
        } finally {
            server = null;
            if (directory != null) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
                directory = null;
            }
        }
    }

    /** The token of a demo user (the server must have seeded the demo data at this start). */
    public String token(String user) {
        return server.demoTokens().stream().filter(l -> l.startsWith(user + " ")).findFirst()
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).orElseThrow(() -> new IllegalArgumentException(user));
    }

    public HttpResponse<String> call(String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(b.build());
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

    /** Sends {@code head} (a whole HTTP/1.1 request, e.g. with a malformed URI) as bytes; the raw answer. */
    public String raw(String head) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
