package org.relief.core.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.Event;
import org.relief.core.model.Grant;
import org.relief.core.model.Household;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.ProgramId;
import org.relief.core.standards.StandardKey;

/**
 * What to determine: for a household in a region, a program, as of a date. The engine never reads
 * the clock: the date is always an input.
 *
 * @param standards overrides of published standards (key → value), in force on every date
 * @param history   earlier grants (annual caps of 临时救助)
 * @param trace     whether to record the trace (on by default; off only to save work in bulk runs)
 */
public record DeterminationRequest(AdminCode region, LocalDate date, ProgramId program, Map<String, BigDecimal> standards,
                                   Household household, Optional<Application> application, Optional<Event> event,
                                   List<Grant> history, boolean trace) {
    public DeterminationRequest {
        if (region == null) {
            throw InvalidInputException.required("region");
        }
        if (date == null) {
            throw InvalidInputException.required("date");
        }
        if (program == null) {
            throw InvalidInputException.required("program");
        }
        if (household == null) {
            throw InvalidInputException.required("household");
        }
        standards = standards == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(standards));
        standards.forEach((k, v) -> {
            try {
                StandardKey.of(k);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid("standards." + k, "标准名称格式不正确", "malformed standard key");
            }
            if (v.signum() < 0) {
                throw InvalidInputException.invalid("standards." + k, "标准不能为负", "must not be negative");
            }
            if (StandardKey.isCount(k) && !StandardKey.isWhole(v)) {
                throw InvalidInputException.invalid("standards." + k, "月数或天数须为整数，收到 " + v.toPlainString(),
                        "a count of months or days must be a whole number, got " + v.toPlainString());
            }
        });
        application = Optional.ofNullable(application).flatMap(x -> x);
        event = Optional.ofNullable(event).flatMap(x -> x);
        history = history == null ? List.of() : List.copyOf(history);
        Household h = household;
        LocalDate asOf = date;
        for (var m : h.members()) {
            m.birthDate().filter(b -> b.isAfter(asOf)).ifPresent(b -> {
                throw InvalidInputException.invalid(m.path("birthDate"), "出生日期 " + b + " 晚于认定日期 " + asOf + "，不能作为家庭成员",
                        "birthDate " + b + " is after the determination date " + asOf + ": not a household member");
            });
        }
        event.flatMap(Event::member).ifPresent(id -> {
            if (h.member(id).isEmpty()) {
                throw InvalidInputException.invalid("event.member", "不是本户成员：" + id, "is not a member of the household: " + id);
            }
        });
        for (int i = 0; i < history.size(); i++) {
            int index = i;
            history.get(i).member().ifPresent(id -> {
                if (h.member(id).isEmpty()) {
                    throw InvalidInputException.invalid("history[" + index + "].member", "不是本户成员：" + id,
                            "is not a member of the household: " + id);
                }
            });
        }
    }

    public static Builder builder(AdminCode region, LocalDate date, ProgramId program, Household household) {
        return new Builder(region, date, program, household);
    }

    /** This request for another program (used by screening). */
    public DeterminationRequest forProgram(ProgramId other) {
        return new DeterminationRequest(region, date, other, standards, household, application, event, history, trace);
    }

    /** This request with the trace switched on or off. */
    public DeterminationRequest withTrace(boolean on) {
        return new DeterminationRequest(region, date, program, standards, household, application, event, history, on);
    }

    /** Fluent builder; trace is on by default. */
    public static final class Builder {
        private final AdminCode region;
        private final LocalDate date;
        private final ProgramId program;
        private final Household household;
        private final Map<String, BigDecimal> standards = new LinkedHashMap<>();
        private Application application;
        private Event event;
        private final List<Grant> history = new ArrayList<>();
        private boolean trace = true;

        private Builder(AdminCode region, LocalDate date, ProgramId program, Household household) {
            this.region = region;
            this.date = date;
            this.program = program;
            this.household = household;
        }

        /** A request override of a standard, e.g. {@code standard("dibao.urban.monthly", "720")}. */
        public Builder standard(String key, String value) {
            standards.put(key, new BigDecimal(value));
            return this;
        }

        public Builder application(Application a) { application = a; return this; }
        public Builder event(Event e) { event = e; return this; }
        public Builder grant(Grant g) { history.add(g); return this; }
        public Builder trace(boolean on) { trace = on; return this; }

        public DeterminationRequest build() {
            return new DeterminationRequest(region, date, program, standards, household, Optional.ofNullable(application),
                    Optional.ofNullable(event), history, trace);
        }
    }
}
