package org.relief.server.http;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.standards.PublishedStandard;

/** {@code GET /api/v1/standards?code=&date=}: the values in force, with provenance. */
public final class StandardsController {
    private final ReliefEngine engine;

    @Inject
    public StandardsController(ReliefEngine engine) {
        this.engine = engine;
    }

    /** One value in force, as the API shows it. */
    public record StandardView(String key, String area, LocalDate effectiveFrom, LocalDate until, BigDecimal value,
                               String unit, String source, String documentNumber, String issuer, LocalDate published,
                               String clause) {
        static StandardView of(PublishedStandard s) {
            return new StandardView(s.key().name(), s.area().value(), s.effectiveFrom(), s.until().orElse(null),
                    s.value().stripTrailingZeros().scale() < 0 ? s.value().setScale(0) : s.value().stripTrailingZeros(),
                    s.unit().name().toLowerCase(java.util.Locale.ROOT), s.provenance().source(),
                    s.provenance().documentNumber().orElse(null), s.provenance().issuer().orElse(null),
                    s.provenance().published().orElse(null), s.provenance().clause().orElse(null));
        }
    }

    /** The answer: the region and date asked, and the values. */
    public record StandardsView(String code, LocalDate date, List<StandardView> standards) {
    }

    public void inForce(Context ctx) {
        AdminCode code = AdminCode.parse(QueryParams.required(ctx, "code"), "code");
        LocalDate date = QueryParams.date(ctx, "date");
        List<PublishedStandard> values = engine.standardsInForce(code, date).orElseThrow(() ->
                new RefusalException(org.relief.core.model.RefusalCode.UNKNOWN_REGION, "code",
                        "行政区划 " + code + " 不在任何规则模块的服务范围内", "no rule module serves region " + code));
        ctx.json(new StandardsView(code.value(), date, values.stream().map(StandardView::of).toList()));
    }

    /** Query-parameter helpers that fail with the parameter's name. */
    static final class QueryParams {
        private QueryParams() {
        }

        static String required(Context ctx, String name) {
            String v = ctx.queryParam(name);
            if (v == null || v.isBlank()) {
                throw InvalidInputException.required(name);
            }
            return v;
        }

        static LocalDate date(Context ctx, String name) {
            String v = required(ctx, name);
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.invalid(name, "日期格式须为 YYYY-MM-DD，收到 " + v, "must be an ISO date YYYY-MM-DD, got " + v);
            }
        }
    }
}
