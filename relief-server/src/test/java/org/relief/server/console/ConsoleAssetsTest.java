package org.relief.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;

/**
 * The console's static route (issue 22 item 1), without a browser: the page and every module it
 * imports are served from the server's resources with their types, a strict CSP and an ETag; a
 * name outside the folder or unknown is a 404 problem; the scripts of the page stay under the
 * 200 KB budget; no script or style is inline (the CSP would block it).
 */
class ConsoleAssetsTest {
    static final Pattern IMPORT = Pattern.compile("from\\s+'\\./([a-z0-9-]+\\.js)'");
    static final Pattern LINKED = Pattern.compile("(?:src|href)=\"/console/([a-z0-9-]+\\.[a-z]+)\"");
    @RegisterExtension
    static final ServerHarness http = ServerHarness.perClass(ServerConfig::forTest);

    @Test
    void thePage_isHtmlWithAStrictPolicy_atBothAddresses() {
        for (String path : List.of("/console/", "/console")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(";charset", "; charset"));
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'")
                    && csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(r.body().contains("<html lang=\"zh-CN\">"), "zh-CN by default");
        }
    }

    @Test
    void everyModuleThePageImports_isServed_andTheScriptsStayUnder200KB() {
        String page = http.get("/console/").body();
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page).find(), "no inline script");
        assertFalse(page.contains("style=\"") || page.contains("<style"), "no inline style");
        Set<String> files = new LinkedHashSet<>();
        Matcher linked = LINKED.matcher(page);
        while (linked.find()) {
            files.add(linked.group(1));
        }
        Deque<String> todo = new ArrayDeque<>(files.stream().filter(f -> f.endsWith(".js")).toList());
        long scriptBytes = 0;
        Set<String> scripts = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String f = todo.pop();
            if (!scripts.add(f)) {
                continue;
            }
            HttpResponse<String> r = http.get("/console/" + f);
            assertEquals(200, r.statusCode(), f + " is imported and must be served");
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), f);
            scriptBytes += r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            Matcher m = IMPORT.matcher(r.body());
            while (m.find()) {
                todo.push(m.group(1));
            }
        }
        assertTrue(scripts.containsAll(List.of("app.js", "calculator.js", "standards.js", "result.js", "i18n.js", "queue.js", "case.js",
                "case-steps.js", "household-view.js", "roster.js", "apply.js")), scripts.toString());
        assertTrue(scriptBytes < 200 * 1024, "script of the page: " + scriptBytes + " bytes");
        for (String f : files) {
            assertEquals(200, http.get("/console/" + f).statusCode(), f);
        }
        assertTrue(http.get("/console/console.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void anUnchangedAsset_is304_byItsETag() {
        HttpResponse<String> first = http.get("/console/app.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/console/app.js"))
                .header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void unknownNamesAndNamesOutsideTheFolder_are404Problems() {
        for (String path : List.of("/console/nothing.js", "/console/..%2Fopenapi.json", "/console/APP.JS", "/console/app.js.bak",
                "/console/logback.xml", "/console/.hidden.js", "/console/%2e%2e")) {
            HttpResponse<String> r = http.get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " " + r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
        }
        HttpResponse<String> post = http.post("/console/", "{}");
        assertEquals(405, post.statusCode());
        assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
    }
}
