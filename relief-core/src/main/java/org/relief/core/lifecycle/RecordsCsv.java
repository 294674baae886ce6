package org.relief.core.lifecycle;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The dishonesty records (失信记录, LC-10) of a county's cases as the CSV file sent to the city's
 * credit platform: UTF-8 with a byte-order mark; one row per record — county, the county's case
 * number, the head's masked ID number (never a full one), the date, the first month obtained by
 * fraud, the reason and the amount to recover. Written row by row (streaming); records are
 * append-only, so a later export holds every earlier row.
 */
public final class RecordsCsv {
    /** The header row. */
    public static final String HEADER = "county,reference,headIdNumber,date,from,reason,recovery";

    private RecordsCsv() {
    }

    /** Writes the {@code DISHONESTY} records of {@code cases} to {@code out} (the caller closes both). */
    public static void write(Stream<Case> cases, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
        Iterator<Case> it = cases.iterator();
        while (it.hasNext()) {
            for (CaseRecord r : it.next().records()) {
                if (!r.code().equals(CaseRecord.DISHONESTY)) {
                    continue;
                }
                String[] f = {r.fields().getOrDefault("county", ""), r.fields().getOrDefault("reference", ""),
                        r.fields().getOrDefault("headIdNumber", ""), r.fields().getOrDefault("date", ""),
                        r.fields().getOrDefault("from", ""), r.fields().getOrDefault("reason", ""),
                        r.fields().getOrDefault("recovery", "")};
                for (int i = 0; i < f.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    String v = f[i];
                    out.write(v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v);
                }
                out.write("\r\n");
            }
        }
    }
}
