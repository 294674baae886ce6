package org.relief.server.audit;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relief.server.persistence.AuditLog;
import org.relief.server.persistence.AuditRepository;
import org.relief.server.persistence.Page;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;

/**
 * {@code GET /api/v1/audit} (auditors and admins, entries inside their jurisdiction, newest first)
 * and {@code GET /api/v1/audit/verify} (the whole chain; the first broken link, if any).
 */
public final class AuditController {
    private final AuditRepository audit;

    @Inject
    public AuditController(AuditRepository audit) {
        this.audit = audit;
    }

    public void list(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        int page = org.relief.server.http.QueryParams.integer(ctx, "page", 1, 1, 100_000);
        int size = org.relief.server.http.QueryParams.integer(ctx, "size", 50, 1, 500);
        Page<AuditRepository.Entry> p = audit.list(c.jurisdiction().prefix(), page, size);
        ctx.json(p);
    }

    public void verify(Context ctx) {
        AuditLog.Verification v = audit.verify();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intact", v.intact());
        out.put("entries", v.entries());
        v.firstBrokenSeq().ifPresent(s -> out.put("firstBrokenSeq", s));
        out.put("message", v.message());
        ctx.json(out);
    }
}
