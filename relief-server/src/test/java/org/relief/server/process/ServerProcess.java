package org.relief.server.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shaded server jar ({@code relief.server.jar}, set by failsafe) started as a process with the
 * given environment, its output (both streams) in a file; {@link #stop()} sends SIGTERM,
 * {@link #kill()} SIGKILL. The JVM flags only make a short-lived test process start faster.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern STARTED = Pattern.compile("started: (http://127\\.0\\.0\\.1:[0-9]+)");
    private final Process process;
    private final Path output;
    private String url;

    private ServerProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static Path jar() {
        return Path.of(System.getProperty("relief.server.jar", "target/relief-server.jar"));
    }

    /** Starts the jar; the environment is only what is given (plus PATH and HOME). */
    public static ServerProcess start(Map<String, String> env, Path output) throws IOException {
        return start(env, output, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    }

    /** Starts the jar in a JVM with these options (a benchmark's: one core, a flight recording). */
    public static ServerProcess start(Map<String, String> env, Path output, List<String> jvm) throws IOException {
        return start(env, output, List.of(), jvm);
    }

    /**
     * Starts the jar in a JVM with these options, through a launcher that execs it (a benchmark's
     * {@code taskset -c 0}: the process keeps its pid).
     */
    public static ServerProcess start(Map<String, String> env, Path output, List<String> launcher, List<String> jvm)
            throws IOException {
        List<String> command = new java.util.ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar().toAbsolutePath().toString()));
        return run(new ProcessBuilder(command), env, output);
    }

    /** Runs {@code b} with none of this JVM's {@code RELIEF_*} or {@code JAVA_OPTS}, only {@code env}, output to a file. */
    private static ServerProcess run(ProcessBuilder b, Map<String, String> env, Path output) throws IOException {
        b.environment().keySet().removeIf(k -> k.startsWith("RELIEF_") || k.equals("JAVA_OPTS"));
        b.environment().putAll(env);
        b.directory(output.getParent().toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        return new ServerProcess(b.start(), output);
    }

    /**
     * Starts the jar through the launcher script {@code bin/relief-server} (bash), the environment only what
     * is given (plus PATH and HOME) and {@code RELIEF_JAR} naming the jar; {@link #stop()} signals the script.
     */
    public static ServerProcess launcher(Map<String, String> env, Path output) throws IOException {
        Map<String, String> all = new java.util.HashMap<>(Map.of("RELIEF_JAR", jar().toAbsolutePath().toString(),
                "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        all.putAll(env);
        return run(new ProcessBuilder("bash", Path.of("bin", "relief-server").toAbsolutePath().toString()), all, output);
    }

    /** Waits until the server answers (its banner and "ready"); the base URL. */
    public String awaitReady(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited " + process.exitValue() + ": " + output());
            }
            String out = output();
            Matcher m = STARTED.matcher(out);
            if (m.find() && out.contains("ready in")) {
                url = m.group(1);
                return url;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready in " + timeout + ": " + output());
    }

    /** Waits for the process to end; its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after " + timeout + ": " + output());
        }
        return process.exitValue();
    }

    public String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String url() {
        return url;
    }

    /** The process id (a roster worker's name begins with it: {@code pid@host#n}). */
    public long pid() {
        return process.pid();
    }

    /** SIGTERM. */
    public void stop() {
        process.destroy();
    }

    /** SIGKILL. */
    public void kill() {
        process.destroyForcibly();
    }

    public static HttpResponse<String> call(HttpClient client, String method, String url, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
