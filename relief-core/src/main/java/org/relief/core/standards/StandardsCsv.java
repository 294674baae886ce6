package org.relief.core.standards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relief.core.model.AdminCode;

/**
 * Reads a module's default standards from a UTF-8 CSV resource, so that standards stay data with
 * their provenance, not code. Columns (header required, in this order):
 *
 * <pre>key,area,from,until,value,unit,kind,source,document,issuer,clause</pre>
 *
 * <ul>
 *   <li>{@code until}: a date, or empty;</li>
 *   <li>{@code unit}: {@code monthly}, {@code yearly} or {@code number};</li>
 *   <li>{@code kind}: {@code reported} (read in a public report: the staleness limit of a reported value
 *   applies, in force at most until the end of the year after it took effect) or {@code document}
 *   (a figure of the policy document itself: no staleness limit);</li>
 *   <li>fields may not contain commas; lines starting with {@code #} are comments.</li>
 * </ul>
 */
public final class StandardsCsv {
    static final String HEADER = "key,area,from,until,value,unit,kind,source,document,issuer,clause";

    private StandardsCsv() {
    }

    /** Reads the resource at {@code path} from {@code owner}'s class loader. */
    public static StandardsTable resource(Class<?> owner, String path) {
        InputStream in = owner.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("standards resource not found: " + path + " (next to " + owner.getName() + ")");
        }
        try (in) {
            return read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a table; errors name the source and line. */
    public static StandardsTable read(InputStream in, String sourceName) throws IOException {
        List<PublishedStandard> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException(sourceName + ": header must be exactly: " + HEADER);
        }
        String line;
        int n = 1;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 11) {
                throw new IllegalArgumentException(sourceName + ":" + n + ": expected 11 fields, got " + f.length);
            }
            try {
                LocalDate from = LocalDate.parse(f[2].strip());
                Optional<LocalDate> until = f[3].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(f[3].strip()));
                String kind = f[6].strip();
                if (kind.equals("reported")) {
                    until = Optional.of(Staleness.ofReported(from, until));
                } else if (!kind.equals("document")) {
                    throw new IllegalArgumentException("kind must be reported or document, got " + kind);
                }
                Provenance p = new Provenance(f[7].strip(), opt(f[8]), opt(f[9]), Optional.empty(), opt(f[10]));
                out.add(new PublishedStandard(StandardKey.of(f[0].strip()), AdminCode.of(f[1].strip()), from, until,
                        new BigDecimal(f[4].strip()), StandardUnit.valueOf(f[5].strip().toUpperCase(java.util.Locale.ROOT)), p));
            } catch (RuntimeException e) {
                if (e instanceof DateTimeParseException || e instanceof IllegalArgumentException) {
                    throw new IllegalArgumentException(sourceName + ":" + n + ": " + e.getMessage(), e);
                }
                throw e;
            }
        }
        return StandardsTable.of(out);
    }

    private static Optional<String> opt(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
