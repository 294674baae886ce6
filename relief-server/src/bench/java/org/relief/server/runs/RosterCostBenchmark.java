package org.relief.server.runs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterStore;
import org.relief.server.ServerConfig;
import org.relief.server.ServerHarness;
import org.relief.server.TestStores;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaCaseStore;
import org.relief.server.persistence.JpaPriceIndices;
import org.relief.server.persistence.JpaRosterStore;

/**
 * The per-case cost of a county roster over the JPA stores, before and after issue 21's fix, in one
 * run on one store: N cases of one county (a roster of April submitted, so that May's looks up what
 * was paid), then May's draft computed (a) as before — what was paid read case by case (a store that
 * keeps {@code RosterStore}'s default {@code paid(Collection)}) and the cases paged on the old index of
 * COUNTY alone — and (b) as now — one query per chunk and the index (COUNTY, ID); and the two mixed, to
 * show which part costs what. Each variant is timed once, after one warm-up draft (the old path at
 * 10,000 cases takes minutes).
 * On the store of {@code -Dbench.jdbc} (PostgreSQL) or embedded Derby. Never part of the test suite.
 */
public final class RosterCostBenchmark {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "10000");
        ServerConfig store = RosterRunBenchmark.store("relief-roster-cost");
        try (ServerHarness http = new ServerHarness(store)) {
            var injector = http.server().injector();
            long t0 = System.nanoTime();
            Province.seed(injector, n, 1);
            AdminCode county = Province.COUNTIES.get(0);
            Payroll payroll = injector.getInstance(Payroll.class);
            Roster april = payroll.submit(county, Province.MONTH, Province.DATE, null);
            System.out.printf("%d cases seeded and April submitted in %.1f s (%s)%n", april.cases(), (System.nanoTime() - t0) / 1e9,
                    TestStores.postgresql() ? "PostgreSQL" : "embedded Derby");
            Database db = injector.getInstance(Database.class);
            JpaRosterStore rosters = injector.getInstance(JpaRosterStore.class);
            RosterStore caseByCase = new RosterStore() {
                @Override
                public Optional<Roster> submitted(AdminCode c, YearMonth m) {
                    return rosters.submitted(c, m);
                }

                @Override
                public Roster submit(Roster roster) {
                    return rosters.submit(roster);
                }

                @Override
                public Map<YearMonth, Money> paid(CaseId caseId) {
                    return rosters.paid(caseId);
                }
            };
            Payroll before = new Payroll(injector.getInstance(Lifecycle.class), injector.getInstance(JpaCaseStore.class), caseByCase,
                    injector.getInstance(JpaPriceIndices.class));
            YearMonth may = Province.MONTH.plusMonths(1);
            LocalDate on = Province.DATE.plusMonths(1);
            payroll.draft(county, may, on, null); // warm-up (the JIT, the caches) on the new path
            double[] now = new double[2];
            for (String index : new String[] {"COUNTY", "COUNTY, ID"}) {
                index(db, index);
                for (Payroll p : new Payroll[] {before, payroll}) {
                    String paid = p == before ? "paid case by case" : "paid per chunk   ";
                    long s = System.nanoTime();
                    Roster r = p.draft(county, may, on, null);
                    double best = (System.nanoTime() - s) / 1e9;
                    if (r.cases() != april.cases()) {
                        throw new IllegalStateException("May's roster has " + r.cases() + " cases");
                    }
                    System.out.printf("index (%s), %s: May's draft of %d cases %.2f s = %.0f µs per case%n", index, paid, n, best,
                            best * 1e6 / n);
                    if (index.equals("COUNTY") && p == before) {
                        now[0] = best;
                    }
                    if (index.equals("COUNTY, ID") && p == payroll) {
                        now[1] = best;
                    }
                }
            }
            System.out.printf("before / after: %.1f×%n", now[0] / now[1]);
        }
    }

    /** The index RELIEF_CASE's county pages are read on: the old CASE_COUNTY (COUNTY) or the new CASE_COUNTY_ID. */
    private static void index(Database db, String columns) {
        db.write(em -> {
            em.createNativeQuery("DROP INDEX " + (columns.equals("COUNTY") ? "CASE_COUNTY_ID" : "CASE_COUNTY")).executeUpdate();
            em.createNativeQuery("CREATE INDEX " + (columns.equals("COUNTY") ? "CASE_COUNTY" : "CASE_COUNTY_ID") + " ON RELIEF_CASE ("
                    + columns + ")").executeUpdate();
            return null;
        });
    }
}
