package org.relief.testkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.Assets;
import org.relief.core.model.CareSetting;
import org.relief.core.model.Channel;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.Disability;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Employment;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Grant;
import org.relief.core.model.Household;
import org.relief.core.model.IdNumber;
import org.relief.core.model.Income;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Relation;
import org.relief.core.model.Residence;
import org.relief.core.model.Sex;
import org.relief.core.model.Status;
import org.relief.core.model.Supporter;

/**
 * Reads the request part of a {@code relief-cases/1} case (and the body of the HTTP binding's
 * {@code POST /api/v1/determinations}) strictly into core's {@link DeterminationRequest}.
 *
 * <p>Two kinds of problem, kept apart:
 * <ul>
 *   <li>{@link JsonShapeException} — not of the shape: an unknown key, a missing required key
 *       ({@code region}, {@code date}, {@code program}, {@code household}, {@code household.members},
 *       a member's {@code id}, an income's {@code kind}/{@code monthly}, a grant's keys), a value of
 *       the wrong JSON type, a {@code null}. A malformed case for the kit, {@code 400} for a server.</li>
 *   <li>{@link InvalidInputException} — core's input errors, passed through unchanged so that they
 *       become refusals ({@code INVALID_INPUT}, {@code INVALID_ID_NUMBER}) with a field path such as
 *       {@code members[p1].idNumber}: a malformed amount (a number instead of a string, a negative,
 *       a third decimal — input errors of the case format), date, code or ID number, a birth date
 *       contradicting the ID number. A case may expect them with {@code expect.error}.</li>
 * </ul>
 *
 * <p><b>Absent is not zero</b> (docs/case-format.md): an absent {@code incomes}, {@code birthDate},
 * {@code laborCapacity}, {@code supporter} or {@code selfCareItemsFailed} is unknown
 * ({@code Optional.empty()}); {@code "incomes": []} is "no income".
 *
 * <p>Paths follow core and docs/case-format.md: member keys as {@code members[<id>].<key>} (by position,
 * {@code household.members[<i>]}, until the id is known), others from the request root
 * ({@code household.assets.financial}, {@code event.requested}, {@code history[0].amount},
 * {@code standards.dibao.urban.monthly}). Thread-safe and stateless.
 */
public final class RequestReader {
    /** The keys of a request (a case without {@code id}, {@code rules}, {@code note}, {@code expect}). */
    public static final Set<String> REQUEST_KEYS = Set.of("region", "date", "program", "standards", "household",
            "application", "event", "history");
    /** The keys of a household. */
    public static final Set<String> HOUSEHOLD_KEYS = Set.of("residence", "receiving", "currentDibao", "incomeStable",
            "assets", "members");
    /** The keys of a member. */
    public static final Set<String> MEMBER_KEYS = Set.of("id", "relation", "birthDate", "idNumber", "sex", "disability",
            "seriouslyIll", "laborCapacity", "employment", "unemployedSince", "businessRegisteredOn", "education",
            "statuses", "selfCareItemsFailed", "careSetting", "supporter", "singlePersonApplication", "incomes");
    private static final Set<String> INCOME_KEYS = Set.of("kind", "monthly");
    private static final Set<String> DISABILITY_KEYS = Set.of("grade", "kind");
    private static final Set<String> ASSETS_KEYS = Set.of("financial", "vehicles", "extraDwellings");
    private static final Set<String> CURRENT_DIBAO_KEYS = Set.of("monthly", "exitStartedOn");
    private static final Set<String> APPLICATION_KEYS = Set.of("disputed", "channel", "townshipDelegated",
            "onResidencePermit");
    private static final Set<String> EVENT_KEYS = Set.of("kind", "type", "expense", "requested", "inPolicySelfPaid",
            "member");
    private static final Set<String> GRANT_KEYS = Set.of("program", "member", "date", "amount");

    private RequestReader() {
    }

    /**
     * Reads a request object.
     *
     * @throws JsonShapeException    when the JSON is not of the request's shape
     * @throws InvalidInputException when a value is an input error (to be answered as a refusal)
     */
    public static DeterminationRequest read(JsonNode request) {
        StrictObject o = StrictObject.of(request, "", REQUEST_KEYS);
        // Shape first, everywhere: a typo anywhere is a malformed request, whatever the values.
        checkShape(o);
        AdminCode region = AdminCode.parse(o.requireText("region"), "region");
        var date = StrictObject.dateValue(o.requireText("date"), "date");
        ProgramId program = program(o.requireText("program"), "program");
        Map<String, BigDecimal> standards = o.object("standards", anyKey(o.opt("standards"))).map(RequestReader::standards)
                .orElse(Map.of());
        Household household = household(StrictObject.of(o.require("household"), "household", HOUSEHOLD_KEYS));
        Optional<Application> application = o.object("application", APPLICATION_KEYS).map(RequestReader::application);
        Optional<Event> event = o.object("event", EVENT_KEYS).map(RequestReader::event);
        List<Grant> history = o.array("history", RequestReader::grant).orElse(List.of());
        return new DeterminationRequest(region, date, program, standards, household, application, event, history, true);
    }

    /**
     * Checks only the shape of a request (keys, JSON types, required keys), without its values:
     * a {@link JsonShapeException} for the first problem.
     */
    public static void checkShape(JsonNode request) {
        checkShape(StrictObject.of(request, "", REQUEST_KEYS));
    }

    private static void checkShape(StrictObject o) {
        o.requireText("region");
        o.requireText("date");
        o.requireText("program");
        o.object("standards", anyKey(o.opt("standards")));
        checkHouseholdShape(StrictObject.of(o.require("household"), "household", HOUSEHOLD_KEYS));
        o.object("application", APPLICATION_KEYS).ifPresent(a -> {
            a.bool("disputed");
            a.text("channel");
            a.bool("townshipDelegated");
            a.bool("onResidencePermit");
        });
        o.object("event", EVENT_KEYS).ifPresent(e -> {
            e.text("kind");
            e.text("type");
            e.text("member");
        });
        o.array("history", (g, p) -> {
            StrictObject s = StrictObject.of(g, p, GRANT_KEYS);
            s.requireText("program");
            s.text("member");
            s.requireText("date");
            s.require("amount");
            return g;
        });
    }

    private static void checkHouseholdShape(StrictObject h) {
        h.text("residence");
        h.texts("receiving");
        h.object("currentDibao", CURRENT_DIBAO_KEYS).ifPresent(c -> {
            c.opt("monthly");
            c.text("exitStartedOn");
        });
        h.bool("incomeStable");
        h.object("assets", ASSETS_KEYS).ifPresent(a -> {
            a.opt("financial");
            a.integer("vehicles");
            a.integer("extraDwellings");
        });
        h.require("members");
        h.array("members", (m, p) -> {
            JsonNode rawId = m.get("id");
            String at = rawId != null && rawId.isTextual() && !rawId.textValue().isBlank()
                    ? "members[" + rawId.textValue() + "]" : p;
            StrictObject s = StrictObject.of(m, at, MEMBER_KEYS);
            s.requireText("id");
            for (String k : List.of("relation", "birthDate", "idNumber", "sex", "laborCapacity", "employment",
                    "unemployedSince", "businessRegisteredOn", "education", "careSetting", "supporter")) {
                s.text(k);
            }
            s.object("disability", DISABILITY_KEYS).ifPresent(d -> {
                d.require("grade");
                d.integer("grade");
                d.requireText("kind");
            });
            s.bool("seriouslyIll");
            s.bool("singlePersonApplication");
            s.texts("statuses");
            s.integer("selfCareItemsFailed");
            s.array("incomes", (i, ip) -> {
                StrictObject io = StrictObject.of(i, ip, INCOME_KEYS);
                io.requireText("kind");
                io.require("monthly");
                return i;
            });
            return m;
        });
    }

    /**
     * Checks only the shape of a household object at {@code path} (keys, JSON types, required keys):
     * a {@link JsonShapeException} for the first problem.
     */
    public static void checkHouseholdShape(JsonNode node, String path) {
        checkHouseholdShape(StrictObject.of(node, path, HOUSEHOLD_KEYS));
    }

    /** Checks only the shape of an event object at {@code path}. */
    public static void checkEventShape(JsonNode node, String path) {
        StrictObject e = StrictObject.of(node, path, EVENT_KEYS);
        e.text("kind");
        e.text("type");
        e.text("member");
    }

    /**
     * Reads a household object (the shape first, then the values) at {@code path}: for the steps of
     * the case lifecycle, whose households are those of case files.
     *
     * @throws JsonShapeException    when it is not of the household's shape
     * @throws InvalidInputException when a value is an input error
     */
    static Household readHousehold(JsonNode node, String path) {
        StrictObject h = StrictObject.of(node, path, HOUSEHOLD_KEYS);
        checkHouseholdShape(h);
        return household(h);
    }

    /** Reads an application object's determination keys ({@code disputed}, {@code channel}, …) from a strict view. */
    static Application readApplication(StrictObject a) {
        return application(a);
    }

    /** Reads an event object ({@code relief-cases/1} keys) at {@code path}. */
    static Event readEvent(JsonNode node, String path) {
        StrictObject e = StrictObject.of(node, path, EVENT_KEYS);
        e.text("kind");
        e.text("type");
        e.text("member");
        return event(e);
    }

    private static Set<String> anyKey(Optional<JsonNode> node) {
        Set<String> keys = new LinkedHashSet<>();
        node.ifPresent(n -> n.fieldNames().forEachRemaining(keys::add));
        return keys;
    }

    private static ProgramId program(String text, String path) {
        try {
            return ProgramId.of(text);
        } catch (InvalidInputException e) {
            throw InvalidInputException.invalid(path, e.messageZh(), e.messageEn());
        }
    }

    private static Map<String, BigDecimal> standards(StrictObject s) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : s.fields()) {
            String path = s.path(e.getKey());
            if (e.getValue().isNull()) {
                throw new JsonShapeException(path, "不能为 null", "must not be null");
            }
            out.put(e.getKey(), StrictObject.decimalValue(e.getValue(), path, isMoneyKey(e.getKey())));
        }
        return out;
    }

    /**
     * Whether a standard key holds yuan (at most 2 decimals) rather than a ratio or a count of
     * months: {@code *.monthly}, {@code *Cap}, {@code *Limit}, {@code dibao.supplement.*}.
     */
    static boolean isMoneyKey(String key) {
        return key.endsWith(".monthly") || key.endsWith("Cap") || key.endsWith("Limit")
                || key.startsWith("dibao.supplement.");
    }

    private static Household household(StrictObject h) {
        Optional<Residence> residence = h.coded("residence", Residence.class);
        Set<ProgramId> receiving = new LinkedHashSet<>();
        h.array("receiving", (v, p) -> program(v.textValue(), p)).ifPresent(receiving::addAll);
        Optional<CurrentDibao> current = h.object("currentDibao", CURRENT_DIBAO_KEYS)
                .map(c -> new CurrentDibao(c.amount("monthly"), c.date("exitStartedOn")));
        Optional<Boolean> stable = h.bool("incomeStable");
        Assets assets = h.object("assets", ASSETS_KEYS)
                .map(a -> new Assets(a.amount("financial"), a.integer("vehicles"), a.integer("extraDwellings")))
                .orElse(Assets.NONE_DECLARED);
        List<Member> members = h.array("members", RequestReader::member).orElseThrow();
        return new Household(residence, receiving, current, stable, assets, members);
    }

    private static Member member(JsonNode node, String positional) {
        StrictObject byPosition = StrictObject.of(node, positional, MEMBER_KEYS);
        String id = byPosition.requireText("id");
        if (id.isBlank()) {
            throw InvalidInputException.invalid(byPosition.path("id"), "成员编号不能为空", "must not be blank");
        }
        StrictObject m = StrictObject.of(node, "members[" + id + "]", MEMBER_KEYS);
        try {
            Member.Builder b = Member.builder(id);
            m.coded("relation", Relation.class).ifPresent(b::relation);
            m.date("birthDate").ifPresent(b::birthDate);
            m.text("idNumber").ifPresent(t -> b.idNumber(IdNumber.parse(t, m.path("idNumber"))));
            m.coded("sex", Sex.class).ifPresent(b::sex);
            m.object("disability", DISABILITY_KEYS).ifPresent(d -> b.disability(disability(d)));
            m.bool("seriouslyIll").ifPresent(b::seriouslyIll);
            m.coded("laborCapacity", LaborCapacity.class).ifPresent(b::laborCapacity);
            m.coded("employment", Employment.class).ifPresent(b::employment);
            m.date("unemployedSince").ifPresent(b::unemployedSince);
            m.date("businessRegisteredOn").ifPresent(b::businessRegisteredOn);
            m.coded("education", EducationStage.class).ifPresent(b::education);
            m.array("statuses", (v, p) -> Status.parse(v.textValue(), p)).ifPresent(list -> {
                Set<Status> set = EnumSet.noneOf(Status.class);
                set.addAll(list);
                b.statuses(set);
            });
            m.integer("selfCareItemsFailed").ifPresent(b::selfCareItemsFailed);
            m.coded("careSetting", CareSetting.class).ifPresent(b::careSetting);
            m.coded("supporter", Supporter.class).ifPresent(b::supporter);
            m.bool("singlePersonApplication").ifPresent(b::singlePersonApplication);
            // Absent is unknown; [] is "no income" (docs/case-format.md).
            m.array("incomes", RequestReader::income).ifPresent(b::incomes);
            return b.build();
        } catch (InvalidInputException e) {
            throw e.field().startsWith("members[") ? e : e.under(m.path() + ".");
        }
    }

    private static Disability disability(StrictObject d) {
        int grade = d.integer("grade").orElseThrow(() -> new JsonShapeException(d.path("grade"), "必填字段缺失", "is required"));
        DisabilityKind kind = d.coded("kind", DisabilityKind.class)
                .orElseThrow(() -> new JsonShapeException(d.path("kind"), "必填字段缺失", "is required"));
        if (grade < 1 || grade > 4) {
            throw InvalidInputException.invalid(d.path("grade"), "残疾等级须为1至4，收到 " + grade, "grade must be 1 to 4, got " + grade);
        }
        return new Disability(grade, kind);
    }

    private static Income income(JsonNode node, String path) {
        StrictObject i = StrictObject.of(node, path, INCOME_KEYS);
        IncomeKind kind = IncomeKind.parse(i.requireText("kind"), i.path("kind"));
        Money monthly = StrictObject.amountValue(i.require("monthly"), i.path("monthly"));
        return new Income(kind, monthly);
    }

    private static Application application(StrictObject a) {
        Optional<Channel> channel = a.coded("channel", Channel.class);
        return new Application(a.bool("disputed").orElse(false), channel, a.bool("townshipDelegated").orElse(false),
                a.bool("onResidencePermit").orElse(false));
    }

    private static Event event(StrictObject e) {
        return new Event(e.coded("kind", EventKind.class), e.coded("type", EventType.class), e.amount("expense"),
                e.amount("requested"), e.amount("inPolicySelfPaid"), e.text("member"));
    }

    private static Grant grant(JsonNode node, String path) {
        StrictObject g = StrictObject.of(node, path, GRANT_KEYS);
        ProgramId program = program(g.requireText("program"), g.path("program"));
        Optional<String> member = g.text("member");
        var date = StrictObject.dateValue(g.requireText("date"), g.path("date"));
        Money amount = StrictObject.amountValue(g.require("amount"), g.path("amount"));
        try {
            return new Grant(program, member, date, amount);
        } catch (InvalidInputException e) {
            throw e.under(path + ".");
        }
    }
}
