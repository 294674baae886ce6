package org.relief.testkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner contract (docs/case-format.md, "The command line"), through {@link Main#run}. */
class MainTest {
    private static final String GOOD = "src/test/resources/cases/good";
    private static final String FAILING = "src/test/resources/cases/failing";

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        String last() {
            List<String> l = lines();
            return l.isEmpty() ? "" : l.get(l.size() - 1);
        }
    }

    static Run run(List<String> args, java.util.function.Function<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void allPassingExitsZeroWithTheSummaryAsTheOnlyLine() {
        Run r = main("cases", GOOD);
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("12 passed, 0 failed"), r.lines());
    }

    @Test
    void oneLinePerFailedCaseThenTheSummaryAndExitOne() {
        Run r = main("cases", GOOD, FAILING);
        assertEquals(1, r.status());
        assertEquals(6, r.lines().size(), r.out());
        assertEquals("13 passed, 5 failed", r.last());
        assertTrue(r.lines().get(0).startsWith(FAILING + "/wrong.json: WRONG-amount-and-line: monthlyAmount: expected 621.00,"
                + " actual 620.00"), r.lines().get(0));
        assertTrue(r.out().contains("WRONG-typo-in-member: malformed case"), r.out());
    }

    @Test
    void unreadableOrNonJsonPathsAndWrongArgumentsExitTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, main("cases", dir.resolve("nope.json").toString()).status());
        Path notJson = Files.writeString(dir.resolve("x.json"), "not json");
        Run r = main("cases", GOOD, notJson.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("not JSON"), r.err());
        assertEquals(2, main().status());
        assertEquals(2, main("run", GOOD).status());
        assertEquals(2, main("cases").status());
        assertEquals(2, main("cases", "--frobnicate", GOOD).status());
        assertEquals(2, main("cases", "--junit-xml").status());
        assertEquals(2, main("cases", "--modules", GOOD).status(), "--modules needs a jar");
        assertEquals(2, main("cases", "--modules", dir.resolve("missing.jar").toString(), GOOD).status());
    }

    @Test
    void server_runsTheCasesOverHttp_sendingTheToken() throws Exception {
        java.util.List<String> tokens = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.relief.core.engine.ReliefEngine engine = org.relief.core.engine.ReliefEngine.create(
                org.relief.core.engine.RuleModules.of());
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/determinations", ex -> {
            tokens.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            org.relief.testkit.json.JsonAnswer a;
            try {
                a = org.relief.testkit.json.ReliefJson.determine(engine,
                        org.relief.testkit.json.ReliefJson.parse(new String(ex.getRequestBody().readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                a = new org.relief.testkit.json.JsonAnswer(400, org.relief.testkit.json.DeterminationWriter.malformed("", "x", "x"));
            }
            byte[] out = a.body().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(a.status(), out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Run inProcess = main("cases", GOOD);
            Run http = main("cases", "--server", url, "--token", "secret", GOOD);
            assertEquals(0, http.status(), http.out() + http.err());
            assertEquals(inProcess.out(), http.out(), "same answers over HTTP as in-process");
            assertTrue(tokens.stream().allMatch(t -> t.equals("Bearer secret")), tokens.toString());
            tokens.clear();
            Run env = run(List.of("cases", "--server", url + "/", GOOD), k -> k.equals("RELIEF_TOKEN") ? "from-env" : null);
            assertEquals(0, env.status());
            assertTrue(tokens.stream().allMatch(t -> t.equals("Bearer from-env")), tokens.toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void server_unreachable_isOneLineAndExit2_withoutPerCaseFailures() {
        Run down = main("cases", "--server", "http://127.0.0.1:1", GOOD);
        assertEquals(2, down.status(), down.out() + down.err());
        assertEquals("", down.out(), "no per-case failures, no summary");
        assertEquals(1, down.err().lines().count(), down.err());
        assertTrue(down.err().startsWith("cannot connect to http://127.0.0.1:1"), down.err());
        assertTrue(down.err().contains("无法连接"), down.err());
    }

    @Test
    void server_withoutScheme_saysAddHttp() {
        for (String url : List.of("127.0.0.1:7070", "localhost:7070")) {
            Run r = main("cases", "--server", url, GOOD);
            assertEquals(2, r.status());
            assertTrue(r.err().contains("add http://"), r.err());
            assertTrue(r.err().contains("http://" + url), "shows the corrected URL: " + r.err());
        }
    }

    @Test
    void help_listsServerAndToken_inBothLanguages() {
        String help = main("--help").out();
        List<String> lines = help.lines().toList();
        for (String option : List.of("--server URL", "--token T")) {
            int i = lines.stream().filter(l -> l.strip().startsWith(option)).findFirst().map(lines::indexOf).orElse(-1);
            assertTrue(i >= 0, option + " in help: " + help);
            String block = lines.get(i) + lines.get(i + 1) + lines.get(i + 2);
            assertTrue(block.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    option + " has Chinese text: " + block);
        }
    }

    @Test
    void server_reportNamesTheRegionsFromTheServersModules(@TempDir Path dir) throws Exception {
        org.relief.core.engine.ReliefEngine engine = org.relief.core.engine.ReliefEngine.create(
                org.relief.core.engine.RuleModules.of());
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/determinations", ex -> {
            org.relief.testkit.json.JsonAnswer a = org.relief.testkit.json.ReliefJson.determine(engine,
                    org.relief.testkit.json.ReliefJson.parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            respond(ex, a.status(), a.body().toString());
        });
        server.createContext("/api/v1/modules", ex -> respond(ex, 200, """
                [ {"id":"national","name":"全国（国家基线）","adminCodes":["000000"],"programs":["dibao"]},
                  {"id":"beijing","name":"北京市（测试）","adminCodes":["110000"]} ]"""));
        server.start();
        try {
            Path html = dir.resolve("server.html");
            Run r = main("cases", "--server", "http://127.0.0.1:" + server.getAddress().getPort(), "--report", html.toString(), GOOD);
            String page = Files.readString(html);
            assertTrue(page.contains("000000 全国（国家基线）"), r.err());
            assertTrue(page.contains("110000 北京市（测试）"), "named by the server's module list");
        } finally {
            server.stop(0);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws java.io.IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    @Test
    void server_badArgumentsExit2() {
        assertEquals(2, main("cases", "--token=abc", GOOD).status(), "--token needs --server");
        assertEquals(2, main("cases", "--server", "ftp://x", GOOD).status());
        assertEquals(2, main("cases", "--server", "http://127.0.0.1:7070", "--modules", "a.jar", GOOD).status());
    }

    @Test
    void scenarios_onePerFailedScenarioThenTheSummary_exitCodesAsForCases() {
        Run good = main("scenarios", "src/main/resources/relief-scenarios/national");
        assertEquals(0, good.status(), good.err());
        assertTrue(good.last().matches("\\d+ passed, 0 failed"), good.out());
        Run bad = main("scenarios", "src/test/resources/scenarios/failing.json");
        assertEquals(1, bad.status());
        assertEquals("0 passed, 7 failed", bad.last());
        assertTrue(bad.out().contains("failing.json: wrong-notice-end: step 4 (propose c1) noticeEnds: expected 2024-03-18, actual 2024-03-17"),
                bad.out());
        assertEquals(2, main("scenarios", "no/such/folder").status());
        assertEquals(2, main("scenarios").status());
    }

    @Test
    void helpExitsZero() {
        Run r = main("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("cases [--modules JAR...]"));
        assertEquals(0, main("cases", "--help").status());
    }

    @Test
    void writesJUnitXmlAndAnHtmlReport(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("out/junit.xml");
        Path html = dir.resolve("out/report.html");
        Run r = main("cases", "--junit-xml", xml.toString(), "--report=" + html, GOOD, FAILING);
        assertEquals(1, r.status());
        assertEquals("13 passed, 5 failed", r.last());
        String x = Files.readString(xml);
        assertTrue(x.contains("<testsuites name=\"relief-cases\" tests=\"18\" failures=\"5\""), x);
        assertTrue(x.contains("name=\"WRONG-amount-and-line\""), x);
        assertTrue(x.contains("<failure message=\"monthlyAmount: expected 621.00, actual 620.00"), x);
        String h = Files.readString(html);
        assertTrue(h.contains("按地区 <span class=\"en\">By region</span>"), h);
        assertTrue(h.contains("按规则编号 <span class=\"en\">By rule id</span>"), h);
        assertTrue(h.contains("000000 全国"), "region named by its module");
        assertTrue(h.contains("<td>621.00</td><td>620.00</td>"), "expected and actual side by side");
        assertTrue(h.contains("未通过"));
    }

    @Test
    void modulesFromAJarEachInItsOwnClassLoader(@TempDir Path dir) throws Exception {
        Path jar = moduleJar(dir);
        Path cases = Files.writeString(dir.resolve("jar-cases.json"), """
                { "format": "relief-cases/1", "cases": [
                  { "id": "JAR-voucher", "region": "960100", "date": "2022-01-01", "program": "dibao",
                    "standards": { "dibao.urban.monthly": "720.00" },
                    "household": { "residence": "urban", "members": [ { "id": "p1", "incomes": [] } ] },
                    "expect": { "monthlyAmount": "720.00", "lines": { "voucher": "9.00" }, "rulesApplied": ["JM-01"] } } ] }
                """);
        Run without = main("cases", cases.toString());
        assertEquals(1, without.status(), "region 960100 is unknown without the jar");
        assertTrue(without.out().contains("UNKNOWN_REGION"), without.out());
        Run with = main("cases", "--modules", jar.toString(), cases.toString());
        assertEquals(0, with.status(), with.out() + with.err());
        assertEquals("1 passed, 0 failed", with.last());
    }

    /** Compiles a small rule module (not on the test class path) and packs it with its service file. */
    static Path moduleJar(Path dir) throws Exception {
        Path src = dir.resolve("src/org/example/jarmodule/JarModule.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package org.example.jarmodule;
                import java.time.LocalDate;
                import java.util.Set;
                import org.relief.core.model.AdminCode;
                import org.relief.core.model.Money;
                import org.relief.core.spi.*;
                public final class JarModule implements RuleModule {
                    public String id() { return "jarmodule"; }
                    public String version() { return "1"; }
                    public String name() { return "Jar 市"; }
                    public Set<AdminCode> adminCodes() { return Set.of(AdminCode.of("960100")); }
                    public Validity validity() { return Validity.from(LocalDate.of(2020, 1, 1)); }
                    public void register(RuleRegistrar r) {
                        r.cite(Citation.determination("JM-01", "Jar〔2020〕1号", "一", "代金券"));
                        r.rule(Slots.DIBAO_EXTRA_LINES, "JM-01", e -> {
                            if (!e.eligibility().isTrue()) { return Applied.notApplicable(); }
                            e.inKindLine("voucher", Money.yuan("9.00"));
                            return Applied.result("9.00");
                        });
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        OutputStream sink = OutputStream.nullOutputStream();
        int rc = javac.run(null, sink, System.err, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, rc, "module compiles");
        Path jar = dir.resolve("jar-module.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/org.relief.core.spi.RuleModule"));
            out.write("org.example.jarmodule.JarModule\n".getBytes(StandardCharsets.UTF_8));
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(classes)) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
            for (Path f : files) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
            }
        }
        return jar;
    }
}
