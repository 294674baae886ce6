package org.relief.core.model;

import java.util.Optional;

/**
 * The event behind a one-off program (临时救助, 医疗救助, 受灾人员救助).
 *
 * @param requested        the amount the caseworker proposes (临时救助)
 * @param inPolicySelfPaid in-policy self-paid hospital cost (医疗救助)
 * @param member           id of the member concerned
 */
public record Event(Optional<EventKind> kind, Optional<EventType> type, Optional<Money> expense,
                    Optional<Money> requested, Optional<Money> inPolicySelfPaid, Optional<String> member) {
    public Event {
        kind = Optional.ofNullable(kind).flatMap(x -> x);
        type = Optional.ofNullable(type).flatMap(x -> x);
        expense = Optional.ofNullable(expense).flatMap(x -> x);
        requested = Optional.ofNullable(requested).flatMap(x -> x);
        inPolicySelfPaid = Optional.ofNullable(inPolicySelfPaid).flatMap(x -> x);
        member = Optional.ofNullable(member).flatMap(x -> x);
    }

    /** An event of a kind and type with nothing else declared. */
    public static Event of(EventKind kind, EventType type) {
        return new Event(Optional.of(kind), Optional.ofNullable(type), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public Event withRequested(Money amount) {
        return new Event(kind, type, expense, Optional.of(amount), inPolicySelfPaid, member);
    }

    public Event withInPolicySelfPaid(Money amount) {
        return new Event(kind, type, expense, requested, Optional.of(amount), member);
    }

    public Event withMember(String memberId) {
        return new Event(kind, type, expense, requested, inPolicySelfPaid, Optional.of(memberId));
    }
}
