package org.relief.server.console;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relief.core.model.Texts;
import org.relief.server.http.ApiException;

/**
 * The caseworker console: {@code GET /console/} (its page) and {@code GET /console/{file}} (its
 * scripts, style sheet and images), read from the server jar's {@code /console/} resources.
 *
 * <p>Served through the route table rather than Javalin's static-file handler: that handler runs
 * outside the routes, so it would have no access entry, no OpenAPI entry and a non-problem 404.
 * A file name is one flat segment of {@code [a-z0-9-]} with a known extension, so nothing outside
 * the folder can be named; an unknown one is the usual 404 problem. Every answer carries a strict
 * Content-Security-Policy (scripts, styles and requests only from this server, no inline script,
 * no framing) and an ETag, with {@code Cache-Control: no-cache} so that a new jar's console is
 * used at once.
 */
public final class ConsoleController {
    /** The classpath folder of the assets. */
    public static final String RESOURCES = "/console/";
    /** The policy sent with every asset. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Pattern FILE = Pattern.compile("([a-z0-9][a-z0-9-]{0,60})\\.(html|js|css|png|svg)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml");

    private record Asset(byte[] bytes, String type, String etag) {
    }

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** {@code GET /console/}: the page. */
    public void index(Context ctx) {
        send(ctx, asset("index.html").orElseThrow(() -> new IllegalStateException("the jar has no console/index.html")));
    }

    /** {@code GET /console/{file}}: one asset, or 404. */
    public void file(Context ctx) {
        String name = ctx.pathParam("file");
        send(ctx, asset(name).orElseThrow(() -> ApiException.notFound("/console/" + Texts.abbreviate(name))));
    }

    private Optional<Asset> asset(String name) {
        Matcher m = FILE.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name, n -> load(n, TYPES.get(m.group(2))));
    }

    private static Optional<Asset> load(String name, String type) {
        try (InputStream in = ConsoleController.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Optional.of(new Asset(bytes, type, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(Context ctx, Asset a) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", a.etag());
        if (a.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.status(200).contentType(a.type()).result(a.bytes());
    }
}
