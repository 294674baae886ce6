package org.relief.testkit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.RunResult;

/**
 * Writes a run as JUnit XML (the Ant/Surefire schema CI servers read): one {@code testsuite} per
 * case file, one {@code testcase} per case (classname = file, name = case id), a {@code failure}
 * with every difference for each failed case.
 */
public final class JUnitXmlReport {
    private JUnitXmlReport() {
    }

    /** Writes the report to {@code file} (parent folders are created). */
    public static void write(RunResult run, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(run, out);
        }
    }

    /** Writes the report to a stream (UTF-8). */
    public static void write(RunResult run, OutputStream out) throws IOException {
        Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
        for (CaseResult r : run.results()) {
            byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
        }
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "relief-cases");
            w.writeAttribute("tests", String.valueOf(run.results().size()));
            w.writeAttribute("failures", String.valueOf(run.failed()));
            w.writeAttribute("errors", "0");
            for (Map.Entry<String, List<CaseResult>> f : byFile.entrySet()) {
                long failed = f.getValue().stream().filter(r -> !r.passed()).count();
                w.writeCharacters("\n  ");
                w.writeStartElement("testsuite");
                w.writeAttribute("name", f.getKey());
                w.writeAttribute("tests", String.valueOf(f.getValue().size()));
                w.writeAttribute("failures", String.valueOf(failed));
                w.writeAttribute("errors", "0");
                w.writeAttribute("skipped", "0");
                for (CaseResult r : f.getValue()) {
                    w.writeCharacters("\n    ");
                    w.writeStartElement("testcase");
                    w.writeAttribute("classname", r.file());
                    w.writeAttribute("name", r.id());
                    w.writeAttribute("time", "0");
                    if (!r.passed()) {
                        w.writeStartElement("failure");
                        w.writeAttribute("message", r.failure());
                        w.writeAttribute("type", r.problem().isPresent() ? "MalformedCase" : "ExpectationMismatch");
                        StringBuilder b = new StringBuilder();
                        r.problem().ifPresent(p -> b.append(p).append('\n'));
                        r.differences().forEach(d -> b.append(d).append('\n'));
                        r.note().ifPresent(n -> b.append("note: ").append(n).append('\n'));
                        w.writeCharacters(b.toString());
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }
}
