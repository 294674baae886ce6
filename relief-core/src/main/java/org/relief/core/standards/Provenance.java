package org.relief.core.standards;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a standard comes from.
 *
 * @param source         where the value was read (a report, a notice, a document) — required
 * @param documentNumber 文号 of the notice that set it, when known
 * @param issuer         the issuing authority, when known
 * @param published      the publication date, when known
 * @param clause         the clause, for a figure written in a policy document
 */
public record Provenance(String source, Optional<String> documentNumber, Optional<String> issuer,
                         Optional<LocalDate> published, Optional<String> clause) {
    public Provenance {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("provenance source must not be blank");
        }
        documentNumber = Optional.ofNullable(documentNumber).flatMap(x -> x).filter(s -> !s.isBlank());
        issuer = Optional.ofNullable(issuer).flatMap(x -> x).filter(s -> !s.isBlank());
        published = Optional.ofNullable(published).flatMap(x -> x);
        clause = Optional.ofNullable(clause).flatMap(x -> x).filter(s -> !s.isBlank());
    }

    /** A value read in a report, without document details. */
    public static Provenance reportedBy(String source) {
        return new Provenance(source, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A value given in the request itself (请求中给定的标准). */
    public static final Provenance REQUEST = reportedBy("request override");

    /** A one-line human description, e.g. {@code 聊政字〔2020〕28号 三(二) (聊城市人民政府)}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        documentNumber.ifPresent(d -> b.append(d));
        clause.ifPresent(c -> b.append(b.length() > 0 ? " " : "").append(c));
        issuer.ifPresent(i -> b.append(b.length() > 0 ? " " : "").append("(").append(i).append(")"));
        if (b.length() > 0) {
            b.append("; ");
        }
        b.append(source);
        return b.toString();
    }
}
