package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.model.Event;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.Provenance;

/**
 * 医疗救助 (NA-01; 国务院令第649号 第五章): for a household receiving dibao or tekun, amount =
 * {@code medical.inpatient.ratio} × {@code event.inPolicySelfPaid} of the member concerned, half-up
 * to the fen (line {@code medical}). Without a floor an unpublished ratio is MISSING_STANDARD; with
 * one (临汾 LF-04: at least 60%) the floor applies when unpublished, and a published ratio below it
 * is used as published and flagged {@code STANDARD_BELOW_FLOOR}.
 */
public final class Na01Medical implements Rule {
    public static final String NOT_A_RECIPIENT = "NOT_A_RECIPIENT";
    public static final String STANDARD_BELOW_FLOOR = "STANDARD_BELOW_FLOOR";

    private final Optional<BigDecimal> floor;

    private Na01Medical(Optional<BigDecimal> floor) {
        this.floor = floor;
    }

    /** The national rule: the ratio must be published. */
    public static Na01Medical national() {
        return new Na01Medical(Optional.empty());
    }

    /** A region's rule with a minimum ratio (e.g. 0.6). */
    public static Na01Medical withFloor(BigDecimal floor) {
        return new Na01Medical(Optional.of(floor));
    }

    @Override
    public Applied apply(Evaluation e) {
        boolean recipient = e.household().isReceiving(ProgramId.DIBAO) || e.household().isReceiving(ProgramId.TEKUN);
        if (!recipient) {
            e.reason(NOT_A_RECIPIENT, "非低保、特困供养对象", "the household receives neither dibao nor tekun");
            e.require(Truth.FALSE);
            return Applied.result("not a dibao or tekun household");
        }
        Optional<Event> event = e.request().event();
        Optional<String> member = event.flatMap(Event::member);
        Optional<Money> cost = event.flatMap(Event::inPolicySelfPaid);
        if (member.isEmpty()) {
            e.missing("event.member");
        }
        if (cost.isEmpty()) {
            e.missing("event.inPolicySelfPaid");
        }
        if (member.isEmpty() || cost.isEmpty()) {
            e.require(Truth.UNKNOWN);
            return Applied.result("inputs unknown");
        }
        String key = StandardKey.MEDICAL_INPATIENT_RATIO.name();
        Optional<StandardValue> published = e.standards().find(key);
        BigDecimal ratio;
        if (published.isPresent()) {
            ratio = published.get().value();
            if (floor.isPresent() && ratio.compareTo(floor.get()) < 0) {
                e.reason(STANDARD_BELOW_FLOOR, "公布的医疗救助比例低于文件规定的下限", "the published ratio is below the floor");
            }
        } else if (floor.isPresent()) {
            ratio = floor.get();
            e.standards().recordDerived(new StandardValue(key, ratio, StandardValue.Origin.DERIVED, Optional.empty(),
                    Optional.empty(), Provenance.reportedBy("minimum ratio of the regional document, used because none is published")));
        } else {
            ratio = e.standards().require(key).value();
        }
        Money amount = Money.halfUp(ratio.multiply(cost.get().amount()));
        e.cashLine("medical", amount);
        return Applied.inputs().with("ratio", ratio.toPlainString()).with("inPolicySelfPaid", cost.get())
                .then(ratio.toPlainString() + " × " + cost.get() + " = " + amount);
    }
}
