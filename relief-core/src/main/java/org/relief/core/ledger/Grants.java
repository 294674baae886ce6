package org.relief.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.relief.core.calendar.CalendarUnavailableException;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.Outcome;
import org.relief.core.engine.Reason;
import org.relief.core.lifecycle.Deadline;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.EventType;
import org.relief.core.model.Grant;
import org.relief.core.model.IdNumber;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.RefusalCode;
import org.relief.core.spi.StandardValue;
import org.relief.core.spi.Standards;
import org.relief.core.standards.StandardKey;

/**
 * The temporary-assistance ledger at work (NA-12, LIFECYCLE "Temporary assistance ledger"): a grant's
 * amount is the engine's temporary (or medical) determination with {@code history} taken from the
 * ledger — every earlier grant of the calendar year in the county to the same persons, matched by ID
 * number only (a person without one matches nothing, and the grant carries {@code PERSON_UNIDENTIFIED})
 * — so that the annual caps count every grant, not what a caller remembers to send. A grant reduced
 * to nothing is refused {@code NOT_ELIGIBLE} ({@code ANNUAL_CAP_REACHED}). Approval: the township
 * when the amount is within the county's {@code temporary.townshipApprovalLimit}, else the county
 * (the county where no limit is published; LF-16). An emergency grant is paid at once (先行救助) and
 * explained within 5 working days ({@code explanationBy}, chosen); where the module publishes
 * {@code temporary.emergencyPaymentDays} (聊城 LC-07: 24 hours) it carries {@code paymentBy}. A
 * pending dibao or tekun application never blocks a grant (安徽 AH-04): nothing here consults cases.
 */
public final class Grants {
    /** Reason: a person of the household has no ID number, so earlier grants to them cannot be counted. */
    public static final String PERSON_UNIDENTIFIED = "PERSON_UNIDENTIFIED";
    /** Working days to explain an emergency grant paid first (chosen). */
    public static final int EXPLANATION_WORKING_DAYS = 5;
    /** Calendar days within which an emergency grant is paid, where a module publishes it (聊城 LC-07: 1). */
    public static final StandardKey EMERGENCY_PAYMENT_DAYS = StandardKey.EMERGENCY_PAYMENT_DAYS;

    private final Lifecycle lifecycle;
    private final Ledger ledger;

    /** Grants over the lifecycle's engine and calendar, recorded in {@code ledger}. */
    public Grants(Lifecycle lifecycle, Ledger ledger) {
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** The ledger. */
    public Ledger ledger() {
        return ledger;
    }

    /** Determines and records a grant; a refused grant records nothing. */
    public GrantResult grant(GrantRequest r) {
        Optional<LoadedModule> module = lifecycle.engine().modules().forRegion(r.county());
        if (module.isEmpty()) {
            return refused(RefusalCode.UNKNOWN_REGION.name(), "region", "行政区划 " + r.county() + " 不在任何规则模块的服务范围内",
                    "no rule module serves region " + r.county());
        }
        List<Reason> reasons = new ArrayList<>();
        if (r.household().members().stream().anyMatch(m -> m.idNumber().isEmpty())) {
            reasons.add(new Reason(PERSON_UNIDENTIFIED, "家庭成员无身份证号码，无法与台账中的既往救助对应",
                    "a member has no ID number: earlier grants to them cannot be matched in the ledger", "NA-12"));
        }
        List<Grant> history = history(r);
        DeterminationRequest.Builder b = DeterminationRequest.builder(r.county(), r.date(), r.program(), r.household()).event(r.event());
        history.forEach(b::grant);
        Determination d = lifecycle.engine().determine(b.build(), r.date());
        if (d.isRefused()) {
            var x = d.refusal().orElseThrow();
            return new GrantResult.Refused(new StepRefusal(x.code().name(), x.field(), x.message(), x.messageEn(), List.of(),
                    List.of(), List.of()));
        }
        if (d.outcome() != Outcome.ELIGIBLE || d.amount().isEmpty() || d.amount().get().isZero()) {
            String zh = d.hasReason("ANNUAL_CAP_REACHED") ? "本年度救助已达上限" : "认定结果为 " + d.outcome().code() + "，不予救助";
            String en = d.hasReason("ANNUAL_CAP_REACHED") ? "the annual cap is reached" : "the determination is " + d.outcome().code();
            List<Reason> why = new ArrayList<>(d.reasons());
            why.addAll(reasons);
            return new GrantResult.Refused(new StepRefusal(StepRefusal.NOT_ELIGIBLE, Optional.of("event"), zh, en, d.missing(),
                    why, List.of()));
        }
        Money amount = d.amount().get();
        Standards standards = lifecycle.engine().standardsFor(r.county(), r.date(), r.date()).orElseThrow();
        Optional<StandardValue> limit = standards.find(StandardKey.TOWNSHIP_APPROVAL_LIMIT.name());
        ApprovalLevel level = limit.map(l -> amount.amount().compareTo(l.value()) <= 0 ? ApprovalLevel.TOWNSHIP : ApprovalLevel.COUNTY)
                .orElse(ApprovalLevel.COUNTY);
        boolean emergency = r.event().type().equals(Optional.of(EventType.EMERGENCY));
        Map<Deadline, LocalDate> deadlines = new EnumMap<>(Deadline.class);
        if (emergency) {
            try {
                deadlines.put(Deadline.EXPLANATION_BY, lifecycle.calendar().plusWorkingDays(r.date(), EXPLANATION_WORKING_DAYS));
            } catch (CalendarUnavailableException e) {
                reasons.add(new Reason(CalendarUnavailableException.CODE, "期限 explanationBy 无法计算：" + e.messageZh(),
                        "deadline explanationBy cannot be computed: " + e.messageEn(), "NA-12"));
            }
            standards.find(EMERGENCY_PAYMENT_DAYS.name()).ifPresent(days -> deadlines.put(Deadline.PAYMENT_BY,
                    r.date().plusDays(days.value().setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact())));
        }
        reasons.addAll(0, d.reasons());
        LedgerGrant g = new LedgerGrant(ledger.nextId(r.county()), r.reference(), r.county(), r.program(), r.date(), r.household(),
                r.event(), amount, level, emergency, deadlines, reasons, d);
        ledger.record(g);
        return new GrantResult.Recorded(g);
    }

    /**
     * The earlier grants of the year that count for this one: to the event's person (matched by ID
     * number) for the person cap; to any person of the household for the household cap.
     */
    private List<Grant> history(GrantRequest r) {
        Set<String> ids = new HashSet<>();
        r.household().members().forEach(m -> m.idNumber().map(IdNumber::value).ifPresent(ids::add));
        Optional<String> member = r.event().member();
        Optional<String> personId = member.flatMap(r.household()::member).flatMap(Member::idNumber).map(IdNumber::value);
        List<Grant> out = new ArrayList<>();
        try (Stream<LedgerGrant> year = ledger.inYear(r.county(), r.date().getYear())) {
            year.filter(g -> !g.date().isAfter(r.date())).forEach(g -> {
                boolean samePerson = personId.isPresent() && g.personId().equals(personId);
                boolean sameHousehold = g.household().members().stream()
                        .anyMatch(m -> m.idNumber().map(i -> ids.contains(i.value())).orElse(false));
                if (samePerson) {
                    out.add(new Grant(g.program(), member, g.date(), g.amount()));
                } else if (sameHousehold) {
                    out.add(new Grant(g.program(), Optional.empty(), g.date(), g.amount()));
                }
            });
        }
        return out;
    }

    private static GrantResult refused(String code, String field, String zh, String en) {
        return new GrantResult.Refused(StepRefusal.of(code, field, zh, en));
    }
}
