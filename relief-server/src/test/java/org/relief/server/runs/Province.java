package org.relief.server.runs;

import com.google.inject.Injector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.StepRecord;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.Roster;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaCaseStore;
import org.relief.testkit.json.ReliefJson;
import org.relief.testkit.json.StepReader;

/**
 * A province's cases for the roster-run tests: dibao cases approved in March 2024 (paid from April)
 * spread over counties of 聊城 (Liaocheng, 山东 370000), decided through the lifecycle's own steps
 * and stored in bulk through the case store ({@link JpaCaseStore#load}, 1,000 to a transaction), not
 * over HTTP. Households differ in size and income so that the amounts differ from case to case.
 */
final class Province {
    static final AdminCode PROVINCE = AdminCode.of("370000");
    static final AdminCode CITY = AdminCode.of("371500");
    static final List<AdminCode> COUNTIES = List.of("371502", "371521", "371522", "371523", "371524", "371525", "371526",
            "371581").stream().map(AdminCode::of).toList();
    static final YearMonth MONTH = YearMonth.of(2024, 4);
    static final LocalDate DATE = LocalDate.of(2024, 5, 6);

    private Province() {
    }

    /** {@code n} cases over the first {@code counties} counties, in turn. */
    static void seed(Injector injector, int n, int counties) {
        Database db = injector.getInstance(Database.class);
        Lifecycle lifecycle = injector.getInstance(Lifecycle.class);
        JpaCaseStore store = injector.getInstance(JpaCaseStore.class);
        List<Step> steps = new ArrayList<>();
        for (String s : List.of("{\"do\":\"accept\",\"date\":\"2024-03-04\"}", "{\"do\":\"survey\",\"date\":\"2024-03-06\",\"surveyors\":2}",
                "{\"do\":\"propose\",\"date\":\"2024-03-11\",\"opinion\":\"approve\"}",
                "{\"do\":\"decide\",\"date\":\"2024-03-18\",\"decision\":\"approve\"}")) {
            steps.add(read(() -> StepReader.readStep(ReliefJson.parse(s))));
        }
        Map<String, Case> kinds = new HashMap<>();
        for (int from = 0; from < n; from += 1000) {
            int first = from;
            // ids taken in the same transaction as the cases are stored (one counter lock per thousand, not per case)
            db.write(em -> {
                store.load(batch(lifecycle, store, steps, first, Math.min(n, first + 1000), counties, kinds));
                em.clear();
                return null;
            });
        }
    }

    /**
     * Cases {@code from}…{@code to}: the household of case i has 1 + i % 3 members and, when i % 5 = 0, a
     * wage of 100 + (i % 7) × 10 yuan; the lifecycle takes the steps once per county and household kind
     * (24 kinds) and every other case of that kind is the same case under its own id and reference
     * (the apply step's reference included) — the roster computes each case on its own all the same.
     */
    private static List<Case> batch(Lifecycle lifecycle, JpaCaseStore store, List<Step> steps, int from, int to, int counties,
                                    Map<String, Case> kinds) {
        List<Case> batch = new ArrayList<>();
        List<CaseId> ids = store.nextIds(to - from);
        for (int i = from; i < to; i++) {
            AdminCode county = COUNTIES.get(i % counties);
            int members = 1 + i % 3;
            int wage = i % 5 == 0 ? 100 + i % 7 * 10 : 0;
            Case kind = kinds.computeIfAbsent(county + "/" + members + "/" + wage, k -> decided(lifecycle, steps, county, members,
                    wage));
            batch.add(as(kind, ids.get(i - from), "p" + i));
        }
        return batch;
    }

    private static Case decided(Lifecycle lifecycle, List<Step> steps, AdminCode county, int members, int wage) {
        StringBuilder m = new StringBuilder();
        for (int k = 1; k <= members; k++) {
            m.append(k == 1 ? "" : ",").append("{\"id\":\"p").append(k).append("\",\"birthDate\":\"19").append(60 + k)
                    .append("-01-01\",\"incomes\":[").append(k == 1 && wage > 0 ? "{\"kind\":\"wage\",\"monthly\":\"" + wage + "\"}" : "")
                    .append("]}");
        }
        String apply = "{\"reference\":\"kind\",\"date\":\"2024-03-01\",\"region\":\"" + county + "\",\"program\":\"dibao\","
                + "\"application\":{\"consent\":true,\"honestyCommitment\":true},\"household\":{\"residence\":\"urban\","
                + "\"members\":[" + m + "]}}";
        Step.Apply a = read(() -> StepReader.readApply(ReliefJson.parse(apply)));
        Case c = taken(lifecycle.open(CaseId.of("1"), a));
        for (Step step : steps) {
            c = taken(lifecycle.take(c, step));
        }
        return c;
    }

    /** The same case under another id and reference. */
    private static Case as(Case c, CaseId id, String reference) {
        List<StepRecord> steps = new ArrayList<>(c.steps());
        StepRecord first = steps.get(0);
        Step.Apply a = (Step.Apply) first.step();
        steps.set(0, new StepRecord(first.index(), new Step.Apply(a.date(), reference, a.county(), a.program(), a.household(),
                a.application()), first.report()));
        return new Case(id, reference, c.program(), c.county(), c.state(), c.application(), c.households(), c.acceptedOn(),
                c.deadlines(), c.notice(), c.objected(), c.appraisal(), c.extended(), c.opinion(), c.decision(), c.paymentFrom(),
                c.paymentUntil(), c.nextReviewBy(), c.keptDibao(), c.records(), c.reasons(), steps);
    }

    /** What one server computes for each county of the region (cases, total), as a direct submission would store it. */
    static Map<AdminCode, Roster> expected(Injector injector, int counties) {
        Payroll payroll = injector.getInstance(Payroll.class);
        Map<AdminCode, Roster> rosters = new LinkedHashMap<>();
        for (AdminCode county : COUNTIES.subList(0, counties)) {
            rosters.put(county, payroll.draft(county, MONTH, DATE, null));
        }
        return rosters;
    }

    static Money total(Map<AdminCode, Roster> rosters) {
        return rosters.values().stream().map(Roster::total).reduce(Money.ZERO, Money::plus);
    }

    static long cases(Map<AdminCode, Roster> rosters) {
        return rosters.values().stream().mapToLong(Roster::cases).sum();
    }

    private interface Reader<T> {
        T read() throws IOException;
    }

    private static <T> T read(Reader<T> r) {
        try {
            return r.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case taken(StepResult r) {
        if (r instanceof StepResult.Taken t) {
            return t.after();
        }
        throw new IllegalStateException("fixture step refused: " + r);
    }
}
