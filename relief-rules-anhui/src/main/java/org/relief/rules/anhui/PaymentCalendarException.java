package org.relief.rules.anhui;

/**
 * A payment calendar (AH-07) that cannot be given: the month is outside the document's validity, or
 * the holiday arrangement of the year concerned is not in the data. Carries a code and zh-CN and
 * English messages (the exception message is the English one, with the code).
 */
public final class PaymentCalendarException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why the calendar cannot be given. */
    public enum Code {
        /** The due dates fall outside 皖民社救字〔2022〕46号's validity (2022-06-01 – 2027-05-31, AH-10). */
        DATE_OUT_OF_RANGE,
        /** The national calendar does not cover the date: its year's State Council arrangement is not in the data (never guessed). */
        CALENDAR_UNAVAILABLE
    }

    private final Code code;
    private final String messageZh;

    public PaymentCalendarException(Code code, String messageZh, String messageEn) {
        super(code + ": " + messageEn);
        this.code = code;
        this.messageZh = messageZh;
    }

    public Code code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }
}
