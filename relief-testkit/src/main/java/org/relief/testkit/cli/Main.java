package org.relief.testkit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.relief.core.engine.RuleModules;
import org.relief.testkit.cases.CaseFile;
import org.relief.testkit.cases.CaseFileException;
import org.relief.testkit.cases.CaseReader;
import org.relief.testkit.report.HtmlReport;
import org.relief.testkit.report.JUnitXmlReport;
import org.relief.testkit.report.RegionNames;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.CaseRunner;
import org.relief.testkit.runner.HttpTransport;
import org.relief.testkit.runner.Transport;
import org.relief.testkit.runner.ModuleJars;
import org.relief.testkit.runner.RunResult;
import org.relief.testkit.scenarios.ScenarioReader;
import org.relief.testkit.scenarios.ScenarioRunner;
import org.relief.testkit.scenarios.HttpScenarioTransport;

/**
 * The command line (docs/case-format.md, "The command line"):
 * {@code java -jar relief-testkit/target/relief-testkit.jar cases [--modules JAR...] PATH...}.
 * One line per failed case (file, case id, expected vs actual), then exactly {@code N passed, N failed};
 * exit status 0 when all pass, 1 when any fails (a malformed case counts as failed), 2 when a path
 * cannot be read or is not JSON, the arguments are wrong, or the {@code --server} cannot be reached
 * (one line saying so, no per-case failures).
 */
public final class Main {
    /** All cases passed. */
    public static final int PASSED = 0;
    /** Some case failed (or was malformed). */
    public static final int FAILED = 1;
    /** Wrong arguments, a path that cannot be read or is not JSON, or a server that cannot be reached. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            relief-testkit — 规则符合性测试工具 (conformance kit for relief rule modules)

            Usage 用法:
              java -jar relief-testkit.jar cases [--modules JAR...] [--junit-xml FILE] [--report FILE.html] PATH...
              java -jar relief-testkit.jar scenarios [--modules JAR... | --server URL [--token T]] [--junit-xml FILE] [--report FILE.html] PATH...
              java -jar relief-testkit.jar cases --server URL [--token T] [--junit-xml FILE] [--report FILE.html] PATH...
              java -jar relief-testkit.jar --help

            Runs every relief-cases/1 case in the files and folders given (folders: every *.json under them)
            in-process against the national baseline (region 000000), the rule modules on the class path
            and those in the jars named with --modules.
            运行给定文件和文件夹中的全部 relief-cases/1 案例（国家基线始终加载，另加 --modules 指定的规则模块）。
            "scenarios" runs relief-scenarios/1 lifecycle scenarios the same way, each from an empty store;
            one line per failed scenario (file: scenario id: step N (do case) key: expected X, actual Y).
            "scenarios" 以同样方式运行 relief-scenarios/1 案件办理场景，每个场景从空库开始。

            Options 选项:
              --modules JAR...     jars with rule modules (each in its own class loader); repeatable
                                   规则模块 jar 文件（可多个）
              --junit-xml FILE     also write the results as JUnit XML    另存为 JUnit XML
              --report FILE.html   also write a readable HTML report by region and rule id
                                   另存为按地区、按规则编号的 HTML 报告
              --server URL         run against a server's HTTP API (POST URL/api/v1/determinations) instead of
                                   in-process; URL with its scheme, e.g. http://127.0.0.1:7070
                                   对服务器的 HTTP 接口运行案例（而非本进程内），地址须含协议，如 http://127.0.0.1:7070
              --token T            bearer token sent with --server (default: the environment variable RELIEF_TOKEN)
                                   与 --server 一起发送的令牌（默认取环境变量 RELIEF_TOKEN）
              -h, --help           this help    显示帮助

            Output 输出: one line per failed case (file: case id: key: expected X, actual Y; ...),
            then exactly "N passed, N failed".
            Exit status 退出码: 0 all passed 全部通过; 1 some case failed or malformed 有案例未通过或格式错误;
            2 wrong arguments, a path that cannot be read or is not JSON, or a --server that cannot be reached
              参数错误、路径不可读或不是JSON、或无法连接 --server.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(Arrays.asList(args), out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line and returns the exit status (testable without exiting the JVM). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, System::getenv);
    }

    /** {@link #run(List, PrintStream, PrintStream)} with the environment given ({@code RELIEF_TOKEN}). */
    public static int run(List<String> args, PrintStream out, PrintStream err, java.util.function.Function<String, String> env) {
        if (args.isEmpty()) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = args.get(0);
        if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
            out.print(USAGE_TEXT);
            return PASSED;
        }
        boolean scenarios = command.equals("scenarios");
        if (!command.equals("cases") && !scenarios) {
            err.println("unknown command " + command + "（未知命令）; expected: cases or scenarios");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        Arguments a;
        try {
            a = Arguments.parse(args.subList(1, args.size()));
        } catch (Arguments.UsageException e) {
            err.println(e.getMessage());
            err.println("see --help（参见 --help）");
            return USAGE;
        }
        if (a.help()) {
            out.print(USAGE_TEXT);
            return PASSED;
        }
        if (a.token().isPresent() && a.server().isEmpty()) {
            err.println("--token needs --server（--token 须与 --server 一起使用）");
            return USAGE;
        }
        if (a.server().isPresent() && !a.modules().isEmpty()) {
            err.println("--modules and --server exclude each other: a server answers with its own modules"
                    + "（--modules 与 --server 不能同时使用）");
            return USAGE;
        }
        Transport transport = null;
        HttpTransport server = null;
        Function<String, Optional<String>> names = null;
        if (a.server().isPresent()) {
            Optional<String> token = a.token().or(() -> Optional.ofNullable(env.apply("RELIEF_TOKEN")).filter(t -> !t.isBlank()));
            HttpTransport http;
            try {
                http = new HttpTransport(a.server().get(), token);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return USAGE;
            }
            try {
                names = RegionNames.of(http.modules());
            } catch (IOException e) {
                err.println("cannot connect to " + http.base() + ": " + reason(e) + "（无法连接服务器 " + http.base() + "）");
                return USAGE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("interrupted while connecting to " + http.base() + "（连接被中断）");
                return USAGE;
            }
            transport = http;
            server = http;
        }
        RuleModules modules;
        try {
            modules = ModuleJars.load(a.modules(), Main.class.getClassLoader());
        } catch (ModuleJars.ModuleLoadingException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        RunResult run;
        try {
            if (scenarios) {
                ScenarioRunner runner = server == null ? ScenarioRunner.inProcess(modules)
                        : new ScenarioRunner(new HttpScenarioTransport(server));
                run = runner.run(ScenarioReader.readAll(a.paths()));
            } else {
                List<CaseFile> files = CaseReader.readAll(a.paths());
                run = (transport == null ? CaseRunner.inProcess(modules) : new CaseRunner(transport)).run(files);
            }
        } catch (CaseFileException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        for (CaseResult r : run.failures()) {
            out.println(r.line());
        }
        int status = run.failed() == 0 ? PASSED : FAILED;
        try {
            if (a.junitXml().isPresent()) {
                JUnitXmlReport.write(run, a.junitXml().get());
                err.println("JUnit XML written to " + a.junitXml().get() + "（已写入 JUnit XML）");
            }
            if (a.report().isPresent()) {
                Function<String, Optional<String>> byModules = RegionNames.of(modules);
                Function<String, Optional<String>> serverNames = names;
                HtmlReport.write(run, a.report().get(), serverNames == null ? byModules
                        : code -> serverNames.apply(code).or(() -> byModules.apply(code)));
                err.println("HTML report written to " + a.report().get() + "（已写入 HTML 报告）");
            }
        } catch (IOException | RuntimeException e) {
            err.println("cannot write the report（无法写入报告）: " + e.getMessage());
            status = USAGE;
        }
        err.flush();
        out.println(run.summary());
        return status;
    }

    /** Why a connection failed, in a few words (the JDK's ConnectException has no message). */
    private static String reason(IOException e) {
        String m = e.getMessage();
        if ((m == null || m.isBlank()) && e instanceof java.net.ConnectException) {
            return "connection refused or host unreachable";
        }
        if (m == null || m.isBlank()) {
            m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getClass().getSimpleName();
        }
        return m;
    }
}
