package org.relief.testkit.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.RuleModules;
import org.relief.testkit.cases.CaseEntry;
import org.relief.testkit.cases.CaseFile;
import org.relief.testkit.cases.ConformanceCase;
import org.relief.testkit.cases.MalformedCase;
import org.relief.testkit.json.JsonAnswer;

/**
 * Runs cases through a {@link Transport} and checks each answer against its expectation.
 *
 * <pre>{@code
 * RuleModules modules = ModuleJars.load(List.of(Path.of("relief-rules-xuchang.jar")));
 * RunResult r = CaseRunner.inProcess(modules).run(CaseReader.readAll(List.of(Path.of("cases"))));
 * System.out.println(r.summary());   // "122 passed, 0 failed"
 * }</pre>
 */
public final class CaseRunner {
    private final Transport transport;

    /** A runner asking {@code transport}. */
    public CaseRunner(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** A runner determining in this JVM with these modules (the national baseline always included). */
    public static CaseRunner inProcess(RuleModules modules) {
        return new CaseRunner(InProcessTransport.of(modules));
    }

    /** A runner over the national baseline and the modules on the class path of {@code loader}. */
    public static CaseRunner inProcess(ClassLoader loader) {
        return inProcess(RuleModules.discover(loader));
    }

    /** The transport asked. */
    public Transport transport() {
        return transport;
    }

    /** Runs every entry of every file, in order. */
    public RunResult run(List<CaseFile> files) {
        List<CaseResult> results = new ArrayList<>();
        for (CaseFile f : files) {
            for (CaseEntry e : f.entries()) {
                results.add(run(e));
            }
        }
        return new RunResult(results);
    }

    /** Runs one entry: a malformed case fails with its message; a well-formed one is asked and checked. */
    public CaseResult run(CaseEntry entry) {
        if (entry instanceof MalformedCase m) {
            return new CaseResult(m.file(), m.id(), "?", "?", "?", List.of(), List.of(),
                    Optional.of("malformed case（案例格式错误）: " + m.message()), Optional.empty(), Optional.empty());
        }
        ConformanceCase c = (ConformanceCase) entry;
        JsonAnswer answer;
        try {
            answer = transport.answer(c);
        } catch (Exception | LinkageError | StackOverflowError x) {
            return result(c, List.of(), Optional.of("the implementation threw（实现抛出异常）" + x), Optional.empty());
        }
        if (answer.status() == 400) {
            return result(c, List.of(), Optional.of("malformed request, answered 400（请求格式不符）: " + answer.summary()),
                    Optional.of(answer));
        }
        return result(c, ExpectationCheck.check(c.expect(), answer), Optional.empty(), Optional.of(answer));
    }

    private static CaseResult result(ConformanceCase c, List<Difference> diffs, Optional<String> problem,
                                     Optional<JsonAnswer> answer) {
        return new CaseResult(c.file(), c.id(), c.region(), c.program(), c.date(), c.rules(), diffs, problem, answer,
                c.note());
    }
}
