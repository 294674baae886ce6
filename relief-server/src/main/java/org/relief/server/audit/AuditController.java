package org.relief.server.audit;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.relief.server.http.ApiException;
import org.relief.server.http.Problem;
import org.relief.server.http.QueryParams;
import org.relief.server.persistence.AuditLog;
import org.relief.server.persistence.AuditRepository;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;

/**
 * {@code GET /api/v1/audit} (auditors and admins: entries inside their jurisdiction, those of a
 * record moved in or out included, newest first, by keyset pages: {@code ?before=<next>&size=})
 * and {@code GET /api/v1/audit/verify} (the whole chain, streaming; the first broken link, if any;
 * 429 while another verification runs).
 */
public final class AuditController {
    /** Seconds a caller is asked to wait while a verification runs. */
    static final String RETRY_AFTER = "10";
    private final AuditRepository audit;

    @Inject
    public AuditController(AuditRepository audit) {
        this.audit = audit;
    }

    public void list(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        Optional<Long> before = QueryParams.cursor(ctx, "before");
        int size = QueryParams.integer(ctx, "size", 50, 1, 500);
        ctx.json(audit.list(c.jurisdiction().prefix(), before, size));
    }

    public void verify(Context ctx) {
        AuditLog.Verification v = audit.verify().orElseThrow(() -> {
            ctx.header("Retry-After", RETRY_AFTER);
            return new ApiException(Problem.of(429, "VERIFICATION_RUNNING", null, "校验进行中",
                    "另一项审计日志校验正在进行，请稍后再试", "Verification running",
                    "another verification of the audit log is running: try again shortly"));
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intact", v.intact());
        out.put("entries", v.entries());
        v.firstBrokenSeq().ifPresent(s -> out.put("firstBrokenSeq", s));
        out.put("message", v.message());
        ctx.json(out);
    }
}
