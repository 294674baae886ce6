package org.relief.core.rules.national;

import java.util.List;
import java.util.Optional;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * 受灾人员救助 (NA-01; 国务院令第649号 第四章): an event of kind {@code disaster} qualifies; measures
 * from the region's list (national baseline: {@code emergencyRelief}; 许昌 XC-17, 临汾 LF-11).
 */
public final class Na01Disaster implements Rule {
    public static final String NOT_A_DISASTER = "NOT_A_DISASTER";

    private final List<String> measures;

    public Na01Disaster(List<String> measures) {
        this.measures = List.copyOf(measures);
    }

    public static Na01Disaster national() {
        return new Na01Disaster(List.of("emergencyRelief"));
    }

    @Override
    public Applied apply(Evaluation e) {
        Optional<EventKind> kind = e.request().event().flatMap(Event::kind);
        if (kind.isEmpty()) {
            e.missing("event.kind");
            e.require(Truth.UNKNOWN);
            return Applied.result("event kind unknown");
        }
        if (kind.get() != EventKind.DISASTER) {
            e.reason(NOT_A_DISASTER, "事件不属于自然灾害", "the event is not a disaster");
            e.require(Truth.FALSE);
            return Applied.result("not a disaster");
        }
        measures.forEach(e::measure);
        return Applied.result("disaster relief: " + measures);
    }
}
