package org.relief.core.roster;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.relief.core.model.Money;

/**
 * A roster as the CSV file a county sends to finance and the bank: UTF-8 with a byte-order mark (so
 * that Excel opens it as UTF-8), one row per payment — case id, county, the head's masked ID number,
 * a name column left for the county's own system (relief keeps no names), program, month, line code,
 * amount — and a totals row. Written row by row to the writer (streaming); in-kind and held lines
 * are rows too, with their amount (0 for a held case).
 */
public final class RosterCsv {
    /** The header row. */
    public static final String HEADER = "case,county,headIdNumber,name,program,month,line,amount,cash,held";

    private RosterCsv() {
    }

    /** Writes {@code roster} to {@code out} (the caller closes it). */
    public static void write(Roster roster, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
        for (RosterLine l : roster.lines()) {
            row(out, l.caseId().value(), roster.county().value(), l.headId().orElse(""), "", l.program().id(),
                    roster.month().toString(), l.code(), yuan(l.amount()), String.valueOf(l.cash()), String.valueOf(l.held()));
        }
        row(out, "TOTAL", roster.county().value(), "", "", "", roster.month().toString(), "cases " + roster.cases(),
                yuan(roster.total()), "true", "");
    }

    private static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields[i]));
        }
        out.write("\r\n");
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String yuan(Money m) {
        return m.toString();
    }
}
