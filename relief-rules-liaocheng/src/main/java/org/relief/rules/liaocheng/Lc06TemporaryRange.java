package org.relief.rules.liaocheng;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Money;
import org.relief.core.model.Truth;
import org.relief.core.rules.national.Facts;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.standards.StandardKey;

/**
 * LC-06 — 聊政字〔2020〕28号 三(二): expenditure-type (支出型) temporary assistance for a serious
 * illness (患重特大疾病) is 3–12 times, for a heavy burden of children's education costs 3–6 times,
 * the urban dibao monthly standard (城市低保月标准 — the urban one whatever the household's
 * residence). Fills the empty slot {@code Slots.TEMPORARY_RANGE}, before the national NA-12 grant:
 * <ul>
 *   <li>the range is reported ({@code amountMin}, {@code amountMax});</li>
 *   <li>the requested amount outside it is brought to the nearer bound ({@code OUTSIDE_PERMITTED_RANGE});
 *   the adjusted amount is left in {@link Facts#TEMPORARY_PROPOSED}, so that annual caps, where in
 *   force, apply after the range (NA-12);</li>
 *   <li>an absent {@code event.requested} is undetermined, and then no range is reported: the urban
 *   standard is the standard of the amount, looked up only once the amount's input is known (so
 *   an unpublished standard is not {@code MISSING_STANDARD} while the request is incomplete).</li>
 * </ul>
 * Emergency events and other kinds have no range here (not applicable). An event of one of the two
 * kinds whose type is not declared is undetermined ({@code event.type}): the range depends on it.
 */
public final class Lc06TemporaryRange implements Rule {
    public static final String OUTSIDE_PERMITTED_RANGE = "OUTSIDE_PERMITTED_RANGE";
    private static final BigDecimal MIN_TIMES = BigDecimal.valueOf(3);

    /** The maximum multiple of the urban standard for an event kind, or empty when 三(二) sets no range. */
    public static Optional<Integer> maxTimes(EventKind kind) {
        return switch (kind) {
            case SERIOUS_ILLNESS -> Optional.of(12);
            case EDUCATION -> Optional.of(6);
            default -> Optional.empty();
        };
    }

    @Override
    public Applied apply(Evaluation e) {
        Optional<Event> event = e.request().event();
        Optional<EventKind> kind = event.flatMap(Event::kind);
        if (kind.isEmpty() || maxTimes(kind.get()).isEmpty()) {
            return Applied.notApplicable();
        }
        Optional<EventType> type = event.get().type();
        if (type.isEmpty()) {
            e.missing("event.type");
            e.require(Truth.UNKNOWN);
            return Applied.inputs().with("kind", kind.get().code()).then("type unknown: range undetermined");
        }
        if (type.get() != EventType.EXPENDITURE) {
            return Applied.notApplicable();
        }
        Optional<Money> requested = event.get().requested();
        if (requested.isEmpty()) {
            e.missing("event.requested");
            e.require(Truth.UNKNOWN);
            return Applied.inputs().with("kind", kind.get().code()).then("requested amount unknown: no range looked up");
        }
        BigDecimal urban = e.standards().require(StandardKey.DIBAO_URBAN.name()).value();
        int max = maxTimes(kind.get()).get();
        Money min = Money.halfUp(urban.multiply(MIN_TIMES));
        Money top = Money.halfUp(urban.multiply(BigDecimal.valueOf(max)));
        e.amountRange(min, top);
        Applied trace = Applied.inputs().with("kind", kind.get().code())
                .with("dibao.urban.monthly", DerivedStandards.plain(urban))
                .with("range", "3–" + max + " × = " + min + " – " + top);
        trace.with("requested", requested.get());
        Money proposed = requested.get();
        if (proposed.compareTo(min) < 0) {
            proposed = min;
        } else if (proposed.compareTo(top) > 0) {
            proposed = top;
        }
        e.put(Facts.TEMPORARY_PROPOSED, proposed);
        if (proposed.compareTo(requested.get()) != 0) {
            e.reason(OUTSIDE_PERMITTED_RANGE,
                    "申请救助金额超出规定倍数范围（聊政字〔2020〕28号 三(二)），按最接近的界限给予",
                    "the requested amount is outside the permitted range; the nearer bound is granted");
            return trace.then("brought to " + proposed);
        }
        return trace.then("within range: " + proposed);
    }
}
