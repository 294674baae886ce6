package org.relief.server.http;

import org.relief.core.model.RefusalCode;

/** A refusal raised by a controller, answered as 422 problem JSON with its code. */
public final class RefusalException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RefusalCode code;
    private final String field;
    private final String messageZh;
    private final String messageEn;

    public RefusalException(RefusalCode code, String field, String messageZh, String messageEn) {
        super(messageEn, null, false, false);
        this.code = code;
        this.field = field;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public RefusalCode code() { return code; }
    public String field() { return field; }
    public String messageZh() { return messageZh; }
    public String messageEn() { return messageEn; }
}
