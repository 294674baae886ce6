package org.relief.server.http;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Texts;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.server.persistence.Actor;
import org.relief.server.persistence.StandardsRepository;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;
import org.relief.testkit.json.StrictObject;

/**
 * Standards: {@code GET /api/v1/standards?code=&date=} (the values in force, with provenance),
 * {@code GET /api/v1/standards/history} and {@code POST /api/v1/standards} (a new dated value).
 */
public final class StandardsController {
    /** Column lengths of a publication, checked before storage. */
    public static final int MAX_KEY = 120;
    public static final int MAX_DOCUMENT = 200;
    public static final int MAX_ISSUER = 200;
    public static final int MAX_SOURCE = 500;
    private static final Set<String> KEYS = Set.of("key", "area", "effectiveFrom", "until", "value", "unit",
            "documentNumber", "issuer", "published", "source");

    private final ReliefEngine engine;
    private final StandardsRepository published;

    @Inject
    public StandardsController(ReliefEngine engine, StandardsRepository published) {
        this.engine = engine;
        this.published = published;
    }

    /**
     * {@code POST /api/v1/standards}: publishes a new dated value with its provenance (county
     * approvers and admins, inside their jurisdiction). The body: {@code key}, {@code area},
     * {@code effectiveFrom}, optional {@code until}, {@code value} (a decimal string: yuan with at
     * most 2 decimals for {@code monthly}/{@code yearly}, up to 6 for {@code number}),
     * {@code unit}, {@code documentNumber}, {@code issuer}, {@code published}, optional
     * {@code source}. The history is kept: a later value of the same key and area is a new row
     * with its own effective date.
     */
    public void publish(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        StrictObject in = JsonBody.object(ctx, KEYS);
        String rawKey = BodyFields.text(in, "key", MAX_KEY);
        StandardKey key;
        try {
            key = StandardKey.of(rawKey);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("key", "标准名称格式不正确", "malformed standard key");
        }
        AdminCode area = AdminCode.parse(in.text("area").orElseThrow(() -> InvalidInputException.required("area")), "area");
        if (!c.jurisdiction().covers(area.value())) {
            throw Authenticator.forbidden("该区划不在本人管辖范围内", "the area lies outside the caller's jurisdiction");
        }
        // The county approver publishes the county's own standards (e.g. temporary.townshipApprovalLimit, a
        // shorter decision limit); the city's and province's are the province administrator's.
        boolean countyLevel = !area.isNational() && !area.isProvince() && !area.isCity();
        if (c.role() == org.relief.server.security.Role.COUNTY_APPROVER && !countyLevel) {
            throw Authenticator.forbidden("县级审批人员只能发布县级标准", "a county approver publishes county-level standards only");
        }
        if (c.role() == org.relief.server.security.Role.PROVINCE_ADMIN && countyLevel) {
            throw Authenticator.forbidden("县级标准由县级民政部门发布", "county standards are published by the county's approver");
        }
        LocalDate from = in.date("effectiveFrom").orElseThrow(() -> InvalidInputException.required("effectiveFrom"));
        Optional<LocalDate> until = in.date("until").or(() -> org.relief.core.standards.Staleness.ofPublished(key, from));
        if (until.isPresent() && until.get().isBefore(from)) {
            throw InvalidInputException.invalid("until", "终止日期早于生效日期", "ends before effectiveFrom");
        }
        String unitText = in.text("unit").orElseThrow(() -> InvalidInputException.required("unit"));
        StandardUnit unit = switch (unitText) {
            case "monthly" -> StandardUnit.MONTHLY;
            case "yearly" -> StandardUnit.YEARLY;
            case "number" -> StandardUnit.NUMBER;
            default -> throw InvalidInputException.invalid("unit", "须为 monthly、yearly 或 number，收到 "
                    + Texts.abbreviate(unitText), "must be monthly, yearly or number, got " + Texts.abbreviate(unitText));
        };
        BigDecimal value = StrictObject.decimalValue(in.require("value"), "value", unit != StandardUnit.NUMBER);
        if (StandardKey.isCount(key.name()) && !StandardKey.isWhole(value)) {
            throw InvalidInputException.invalid("value", key.name() + " 是月数或天数，须为整数，收到 " + value.toPlainString(),
                    key.name() + " counts months or days: a whole number, got " + value.toPlainString());
        }
        String doc = BodyFields.text(in, "documentNumber", MAX_DOCUMENT);
        String issuer = BodyFields.text(in, "issuer", MAX_ISSUER);
        LocalDate publishedOn = in.date("published").orElseThrow(() -> InvalidInputException.required("published"));
        // The document number and issuer are shown beside the source already: the default source says only how it came.
        String source = BodyFields.optionalText(in, "source", MAX_SOURCE).orElse("published through the relief server");
        PublishedStandard s = new PublishedStandard(key, area, from, until, value, unit, new Provenance(source,
                Optional.of(doc), Optional.of(issuer), Optional.of(publishedOn), Optional.empty()));
        PublishedStandard stored = published.publish(new Actor(c.name(), c.role().code(), c.jurisdiction().code()), s);
        ctx.status(201).json(StandardView.of(stored));
    }

    /** {@code GET /api/v1/standards/history?key=&area=}: every publication through the server, oldest first. */
    public void history(Context ctx) {
        Optional<String> key = QueryParams.optional(ctx, "key");
        if (key.isPresent() && key.get().length() > MAX_KEY) {
            throw InvalidInputException.invalid("key", "不超过 " + MAX_KEY + " 个字符", "at most " + MAX_KEY + " characters");
        }
        Optional<String> area = QueryParams.optional(ctx, "area").map(a -> AdminCode.parse(a, "area").value());
        ctx.json(published.history(key, area).stream().map(StandardView::of).toList());
    }

    /** One value in force, as the API shows it. */
    public record StandardView(String key, String area, LocalDate effectiveFrom, LocalDate until, String value,
                               String unit, String source, String documentNumber, String issuer, LocalDate published,
                               String clause) {
        /** Yuan as "931.00" (every monthly or yearly value: 2 decimals); ratios and counts as written ("1.5", "6"). */
        static String decimal(PublishedStandard s) {
            BigDecimal v = s.value().stripTrailingZeros();
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
            return s.unit() == StandardUnit.NUMBER || v.scale() > 2 ? v.toPlainString() : v.setScale(2).toPlainString();
        }

        static StandardView of(PublishedStandard s) {
            return new StandardView(s.key().name(), s.area().value(), s.effectiveFrom(), s.until().orElse(null),
                    decimal(s), s.unit().name().toLowerCase(Locale.ROOT), s.provenance().source(),
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
                new RefusalException(RefusalCode.UNKNOWN_REGION, "code",
                        "行政区划 " + code + " 不在任何规则模块的服务范围内", "no rule module serves region " + code));
        ctx.json(new StandardsView(code.value(), date, values.stream().map(StandardView::of).toList()));
    }
}
