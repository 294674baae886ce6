package org.relief.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.relief.core.engine.AmountLine;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Reason;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.Money;
import org.relief.core.spi.StandardValue;

/**
 * One determination as one line of the frozen answers: the outcome, the refusal code and field,
 * the amounts and lines, the reasons, the missing inputs, the measures, the procedure and the
 * trace's rule ids in the clear, then a SHA-256 (first 16 hex digits) of everything else too —
 * messages, every trace entry's citation, slot, inputs and result, the standards used with their
 * provenance — so that a line compares the whole determination while staying short.
 */
final class FrozenAnswers {
    private FrozenAnswers() {
    }

    /** The line of determination number {@code index}. */
    static String line(int index, Determination d) {
        String full = full(d);
        return index + "\t" + d.outcome().code()
                + "\t" + d.refusal().map(r -> r.code().name() + ":" + r.field().orElse("")).orElse("")
                + "\t" + money(d.monthlyAmount()) + "\t" + money(d.amount()) + "\t" + money(d.amountMin())
                + "\t" + money(d.amountMax())
                + "\t" + d.lines().stream().map(l -> l.code() + "=" + l.amount() + (l.cash() ? "" : "k") + "@" + l.rule())
                .collect(Collectors.joining(","))
                + "\t" + d.reasons().stream().map(r -> r.code() + "@" + r.rule()).collect(Collectors.joining(","))
                + "\t" + String.join(",", d.missing())
                + "\t" + String.join(",", d.measures())
                + "\t" + d.procedure().map(p -> p.democraticAppraisal() + "/" + p.approvalLevel() + "/" + p.publicNoticeDays()
                + "/" + p.reviewIntervalMonths()).orElse("")
                + "\t" + d.trace().stream().map(TraceEntry::rule).collect(Collectors.joining(","))
                + "\t" + hash(full);
    }

    /** Everything the determination says, in a fixed order (a trace entry's inputs sorted by name). */
    static String full(Determination d) {
        StringBuilder b = new StringBuilder(1024);
        b.append(d.outcome()).append('|').append(d.program().id()).append('|').append(d.region()).append('|').append(d.date());
        d.refusal().ifPresent(r -> b.append("|refusal ").append(r.code()).append(' ').append(r.field().orElse(""))
                .append(' ').append(r.message()).append(" / ").append(r.messageEn()));
        b.append("|amounts ").append(money(d.monthlyAmount())).append(' ').append(money(d.amount())).append(' ')
                .append(money(d.amountMin())).append(' ').append(money(d.amountMax()));
        for (AmountLine l : d.lines()) {
            b.append("|line ").append(l.code()).append(' ').append(l.amount()).append(' ').append(l.cash()).append(' ')
                    .append(l.rule());
        }
        for (Reason r : d.reasons()) {
            b.append("|reason ").append(r.code()).append(' ').append(r.rule()).append(' ').append(r.message()).append(" / ")
                    .append(r.messageEn());
        }
        b.append("|missing ").append(d.missing()).append("|measures ").append(d.measures()).append("|procedure ")
                .append(d.procedure().map(Object::toString).orElse(""));
        for (TraceEntry t : d.trace()) {
            b.append("|trace ").append(t.rule()).append(' ').append(t.slot()).append(' ').append(t.citation()).append(' ')
                    .append(t.title()).append(' ').append(t.overrides().orElse("-")).append(' ')
                    .append(new TreeMap<>(t.inputs())).append(" => ").append(t.result());
        }
        b.append("|versions ").append(d.versions().engine()).append(' ').append(d.versions().module()).append(' ')
                .append(d.versions().moduleVersion());
        for (StandardValue v : d.versions().standards()) {
            b.append("|standard ").append(v.key()).append('=').append(v.value().toPlainString()).append(' ').append(v.origin())
                    .append(' ').append(v.area().map(Object::toString).orElse("-")).append(' ')
                    .append(v.effectiveFrom().map(Object::toString).orElse("-")).append(' ')
                    .append(v.provenance().describe()).append(' ')
                    .append(v.provenance().published().map(Object::toString).orElse("-"));
        }
        return b.toString();
    }

    private static String money(Optional<Money> m) {
        return m.map(Money::toString).orElse("");
    }

    private static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the lines of a gzip file. */
    static List<String> read(InputStream gz) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.startsWith("#")) {
                    lines.add(l);
                }
            }
        }
        return lines;
    }

    /** Writes the lines as gzip, after a comment line. */
    static void write(OutputStream out, String comment, List<String> lines) throws IOException {
        try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            w.write("# " + comment + "\n");
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    /** The columns of a line, by name, for a readable difference. */
    static Map<String, String> columns(String line) {
        String[] names = {"index", "outcome", "refusal", "monthly", "amount", "min", "max", "lines", "reasons", "missing",
                "measures", "procedure", "trace", "hash"};
        String[] parts = line.split("\t", -1);
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length && i < parts.length; i++) {
            m.put(names[i], parts[i]);
        }
        return m;
    }
}
