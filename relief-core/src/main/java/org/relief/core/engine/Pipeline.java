package org.relief.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A program's pipeline in one module, resolved once (issue 19): for each stretch of dates over which
 * no rule's validity starts or ends, the rule of each slot (the module's own, else the national one),
 * its citation text and the national id it overrides. A determination picks its stretch by date
 * instead of looking every slot up, building the citation, and finding the national rule again.
 */
final class Pipeline {
    /** One rule to apply, with what its trace entry shows. */
    record Step(SlotRule rule, String citation, String title, Optional<String> overrides) {
    }

    private final LocalDate[] starts;
    private final Step[][] steps;

    private Pipeline(LocalDate[] starts, Step[][] steps) {
        this.starts = starts;
        this.steps = steps;
    }

    static Pipeline of(LoadedModule module, LoadedModule national, List<String> slots) {
        TreeSet<LocalDate> bounds = new TreeSet<>();
        bounds.add(LocalDate.MIN);
        for (String slot : slots) {
            for (LoadedModule m : module.isNational() ? List.of(module) : List.of(module, national)) {
                for (SlotRule r : m.rules().getOrDefault(slot, List.of())) {
                    bounds.add(r.validity().from());
                    r.validity().until().filter(u -> u.isBefore(LocalDate.MAX)).ifPresent(u -> bounds.add(u.plusDays(1)));
                }
            }
        }
        LocalDate[] starts = bounds.toArray(LocalDate[]::new);
        Step[][] steps = new Step[starts.length][];
        for (int i = 0; i < starts.length; i++) {
            steps[i] = resolve(module, national, slots, starts[i]);
        }
        return new Pipeline(starts, steps);
    }

    /** The steps for {@code date}. */
    Step[] at(LocalDate date) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid].isAfter(date)) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        return steps[lo];
    }

    /** What the engine did on each determination before: the module's rule of each slot, else the national one. */
    private static Step[] resolve(LoadedModule module, LoadedModule national, List<String> slots, LocalDate date) {
        List<Step> out = new ArrayList<>(slots.size());
        for (String slot : slots) {
            Optional<SlotRule> own = module.ruleFor(slot, date);
            Optional<SlotRule> rule = own.isPresent() || module.isNational() ? own : national.ruleFor(slot, date);
            if (rule.isEmpty()) {
                continue;
            }
            SlotRule r = rule.get();
            Optional<String> overrides = module.isNational() ? Optional.empty()
                    : national.ruleFor(slot, date).map(SlotRule::ruleId).filter(n -> !n.equals(r.ruleId()));
            out.add(new Step(r, r.citation().describe(), r.citation().titleZh(), overrides));
        }
        return out.toArray(Step[]::new);
    }
}
