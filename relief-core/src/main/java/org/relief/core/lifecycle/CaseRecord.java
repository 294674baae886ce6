package org.relief.core.lifecycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * An integrity record attached to a case (append-only): {@code STAFF_RELATIVE_FILED} (临汾 LF-02),
 * {@code DISHONESTY} (失信记录, LC-10 / XC-15).
 *
 * @param code      the record's code
 * @param date      the date of the step that made it
 * @param rule      the catalogue id behind it
 * @param message   zh-CN text
 * @param messageEn English text
 * @param fields    the record's data (e.g. the masked ID number of the head, the reason)
 */
public record CaseRecord(String code, LocalDate date, String rule, String message, String messageEn,
                         Map<String, String> fields) {
    /** A record of a staff relative's application filed on acceptance (LF-02). */
    public static final String STAFF_RELATIVE_FILED = "STAFF_RELATIVE_FILED";
    /** A dishonesty record (失信记录). */
    public static final String DISHONESTY = "DISHONESTY";

    /** Requires every part. */
    public CaseRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        fields = Map.copyOf(fields);
    }
}
