package org.relief.testkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;

/**
 * Reads a standard's publication in the shape of {@code POST /api/v1/standards}: {@code area},
 * {@code key}, {@code value}, {@code effectiveFrom}, {@code published} (the day it was published,
 * from which it is known), {@code unit} ({@code monthly}, {@code yearly}, {@code number}),
 * {@code documentNumber}, {@code issuer}, optionally {@code until} and {@code source}.
 * Strict like every reader of the kit. A monthly standard published without {@code until}
 * stays in force at most to the end of the calendar year after the one it took effect in (the
 * staleness limit of every standard); other figures have no such limit.
 */
public final class PublicationReader {
    /** The keys of a publication. */
    public static final Set<String> KEYS = Set.of("area", "key", "value", "effectiveFrom", "until", "published",
            "unit", "documentNumber", "issuer", "source");

    private PublicationReader() {
    }

    /**
     * A published standard and its publication date.
     *
     * @param standard  the value with its provenance (whose {@code published} is the publication date)
     * @param published the day it was published
     */
    public record Publication(PublishedStandard standard, LocalDate published) {
    }

    /** Reads a publication. */
    public static Publication read(JsonNode body) {
        StrictObject o = StrictObject.of(body, "", KEYS);
        String area = o.requireText("area");
        String key = o.requireText("key");
        String value = o.requireText("value");
        String from = o.requireText("effectiveFrom");
        Optional<String> until = o.text("until");
        String published = o.requireText("published");
        String unit = o.requireText("unit");
        String document = o.requireText("documentNumber");
        String issuer = o.requireText("issuer");
        Optional<String> source = o.text("source");
        StandardKey k;
        try {
            k = StandardKey.of(key);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("key", "标准名称格式不正确：" + key, "malformed standard key " + key);
        }
        StandardUnit u = switch (unit) {
            case "monthly" -> StandardUnit.MONTHLY;
            case "yearly" -> StandardUnit.YEARLY;
            case "number" -> StandardUnit.NUMBER;
            default -> throw InvalidInputException.invalid("unit", "单位须为 monthly、yearly 或 number，收到 " + unit,
                    "unit must be monthly, yearly or number, got " + unit);
        };
        BigDecimal v = StrictObject.decimalValue(body.get("value"), "value", u != StandardUnit.NUMBER);
        LocalDate effective = StrictObject.dateValue(from, "effectiveFrom");
        Optional<LocalDate> last = until.map(t -> StrictObject.dateValue(t, "until"));
        if (last.isEmpty()) {
            last = org.relief.core.standards.Staleness.ofPublished(k, effective);
        }
        LocalDate pub = StrictObject.dateValue(published, "published");
        if (last.isPresent() && last.get().isBefore(effective)) {
            throw InvalidInputException.invalid("until", "截止日期早于生效日期", "ends before it takes effect");
        }
        Provenance provenance = new Provenance(source.orElse(document), Optional.of(document), Optional.of(issuer),
                Optional.of(pub), Optional.empty());
        return new Publication(new PublishedStandard(k, AdminCode.parse(area, "area"), effective, last, v, u, provenance), pub);
    }

    /** The unit a key implies in a scenario's {@code publish}: {@code .monthly}, {@code .annual}/{@code .yearly}, else number. */
    public static String unitOf(String key) {
        if (key.endsWith(".monthly")) {
            return "monthly";
        }
        return key.endsWith(".annual") || key.endsWith(".yearly") ? "yearly" : "number";
    }
}
