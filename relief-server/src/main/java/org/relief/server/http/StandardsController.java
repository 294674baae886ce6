package org.relief.server.http;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.standards.PublishedStandard;
import org.relief.server.persistence.StandardsRepository;
import org.relief.server.security.Authenticator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.relief.server.security.Caller;
import org.relief.server.security.Role;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.Provenance;
import org.relief.server.persistence.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import java.util.Locale;

/** {@code GET /api/v1/standards?code=&date=}: the values in force, with provenance. */
public final class StandardsController {
    private final ReliefEngine engine;
    private final StandardsRepository published;
    private final Authenticator auth;
    private final ObjectMapper mapper;

    @Inject
    public StandardsController(ReliefEngine engine, StandardsRepository published,
                               Authenticator auth, ObjectMapper mapper) {
        this.engine = engine;
        this.published = published;
        this.auth = auth;
        this.mapper = mapper;
    }

    /** The body of a publication. {@code value} is a decimal string ("931.00", "1.5"). */
    public record PublishInput(String key, String area, String effectiveFrom, String until, String value, String unit,
                               String documentNumber, String issuer, String published, String source) {
    }

    /**
     * {@code POST /api/v1/standards}: publishes a new dated value with its provenance (county
     * approvers and admins, inside their jurisdiction). The history is kept: a later value of the
     * same key and area is a new row with its own effective date.
     */
    public void publish(Context ctx) throws JsonProcessingException {
        Caller c = auth.require(ctx, Role::mayPublishStandards, "发布救助标准");
        PublishInput in = mapper.readValue(ctx.body(), PublishInput.class);
        StandardKey key;
        try {
            key = StandardKey.of(QueryParams.need(in.key(), "key"));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("key", "标准名称格式不正确", "malformed standard key");
        }
        AdminCode area = AdminCode.parse(QueryParams.need(in.area(), "area"), "area");
        if (!c.jurisdiction().covers(area.value())) {
            throw Authenticator.forbidden("该区划不在本人管辖范围内", "the area lies outside the caller's jurisdiction");
        }
        LocalDate from = QueryParams.date(QueryParams.need(in.effectiveFrom(), "effectiveFrom"), "effectiveFrom");
        Optional<LocalDate> until = Optional.ofNullable(in.until()).map(u -> QueryParams.date(u, "until"));
        if (until.isPresent() && until.get().isBefore(from)) {
            throw InvalidInputException.invalid("until", "终止日期早于生效日期", "ends before effectiveFrom");
        }
        String rawValue = QueryParams.need(in.value(), "value");
        if (!rawValue.matches("\\d{1,12}(\\.\\d{1,6})?")) {
            throw InvalidInputException.invalid("value", "须为非负小数（字符串），最多6位小数", "must be a non-negative decimal string, at most 6 decimals");
        }
        StandardUnit unit;
        try {
            unit = StandardUnit.valueOf(QueryParams.need(in.unit(), "unit").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("unit", "须为 monthly、yearly 或 number", "must be monthly, yearly or number");
        }
        String doc = QueryParams.need(in.documentNumber(), "documentNumber");
        String issuer = QueryParams.need(in.issuer(), "issuer");
        LocalDate publishedOn = QueryParams.date(QueryParams.need(in.published(), "published"), "published");
        PublishedStandard s = new org.relief.core.standards.PublishedStandard(key, area, from, until,
                new BigDecimal(rawValue), unit, new Provenance(
                        in.source() == null || in.source().isBlank() ? doc + " (" + issuer + ")" : in.source(),
                        Optional.of(doc), Optional.of(issuer), Optional.of(publishedOn),
                        Optional.empty()));
        PublishedStandard stored = published.publish(
                new Actor(c.name(), c.role().code(), c.jurisdiction().code()), s);
        ctx.status(201).json(StandardView.of(stored));
    }

    /** {@code GET /api/v1/standards/history?key=&area=}: every publication through the server, oldest first. */
    public void history(Context ctx) {
        Optional<String> key = Optional.ofNullable(ctx.queryParam("key")).filter(k -> !k.isBlank());
        Optional<String> area = Optional.ofNullable(ctx.queryParam("area")).filter(a -> !a.isBlank())
                .map(a -> AdminCode.parse(a, "area").value());
        ctx.json(published.history(key, area).stream().map(StandardView::of).toList());
    }

    /** One value in force, as the API shows it. */
    public record StandardView(String key, String area, LocalDate effectiveFrom, LocalDate until, String value,
                               String unit, String source, String documentNumber, String issuer, LocalDate published,
                               String clause) {
        /** Yuan as "931.00" (at least 2 decimals); ratios and counts as written ("1.5", "6"). */
        static String decimal(PublishedStandard s) {
            BigDecimal v = s.value().stripTrailingZeros();
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
            return s.unit() == StandardUnit.NUMBER || v.scale() > 2 ? v.toPlainString() : v.setScale(2).toPlainString();
        }

        static StandardView of(PublishedStandard s) {
            return new StandardView(s.key().name(), s.area().value(), s.effectiveFrom(), s.until().orElse(null),
                    decimal(s),
                    s.unit().name().toLowerCase(Locale.ROOT), s.provenance().source(),
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
}
