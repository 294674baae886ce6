package org.relief.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Citation;
import org.relief.core.spi.Slots;
import org.relief.core.spi.StandardValue;
import org.relief.core.spi.Validity;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

class EngineTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);

    private static Household oneEarner(String wage) {
        return Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1980, 1, 1))
                .income(IncomeKind.WAGE, wage).build());
    }

    /** A toy region that overrides NA-07 with a flat 10-yuan supplement per member, citing TY-07. */
    private static final ReliefEngine TOY = ReliefEngine.create(RuleModules.of(ToyModules.module("toy", "411000",
            Validity.from(LocalDate.of(2021, 8, 2)),
            r -> r.cite(Citation.determination("TY-07", "玩具〔2021〕7号", "三(二)6", "每人增发10元"))
                    .standards(StandardsTable.of(PublishedStandard.reported("dibao.urban.monthly", "411000",
                            LocalDate.of(2024, 1, 1), "700", StandardUnit.MONTHLY, Provenance.reportedBy("玩具日报"))))
                    .rule(Slots.DIBAO_SUPPLEMENTS, "TY-07", e -> {
                        if (!e.eligibility().isTrue()) {
                            return Applied.notApplicable();
                        }
                        e.cashLine("supplement", Money.yuan("10.00"));
                        return Applied.result("flat 10");
                    }))));

    @Test
    void toyRegionalOverride_replacesTheNationalRule_andTheTraceCitesTheRegionalId() {
        // 700 × 1 − 400 = 300, plus TY-07's 10 = 310.
        Determination d = TOY.determine(DeterminationRequest.builder(AdminCode.of("411082"), DATE, ProgramId.DIBAO,
                oneEarner("400")).build());
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertEquals(Optional.of(Money.yuan("310.00")), d.monthlyAmount());
        TraceEntry ty = d.trace().stream().filter(t -> t.rule().equals("TY-07")).findFirst().orElseThrow();
        assertEquals("玩具〔2021〕7号 三(二)6", ty.citation());
        assertEquals(Optional.of("NA-07"), ty.overrides());
        assertFalse(d.applied("NA-07"), "the national rule is replaced, not run as well");
        assertTrue(d.applied("NA-02") && d.applied("NA-03"), "the rest is inherited");
        assertEquals("toy", d.versions().module());
        StandardValue used = d.versions().standards().get(0);
        assertEquals("dibao.urban.monthly", used.key());
        assertEquals("玩具日报", used.provenance().source());
    }

    @Test
    void nationalBaseline_worksWithoutTheToy() {
        // 700 × 1 − 400 = 300; NA-07 publishes nothing here.
        Determination d = ReliefEngine.create(RuleModules.of()).determine(DeterminationRequest.builder(AdminCode.NATIONAL,
                DATE, ProgramId.DIBAO, oneEarner("400")).standard("dibao.urban.monthly", "700").build());
        assertEquals(Optional.of(Money.yuan("300.00")), d.monthlyAmount());
        assertTrue(d.applied("NA-07"));
    }

    @Test
    void overrideBeatsPublishedValue() {
        Determination d = TOY.determine(DeterminationRequest.builder(AdminCode.of("411000"), DATE, ProgramId.DIBAO,
                oneEarner("400")).standard("dibao.urban.monthly", "800").build());
        assertEquals(Optional.of(Money.yuan("410.00")), d.monthlyAmount()); // 800 − 400 + 10
        assertEquals(StandardValue.Origin.OVERRIDE, d.versions().standards().get(0).origin());
    }

    @Test
    void publishedIntegratorValue_beatsModuleDefault() {
        StandardsTable published = StandardsTable.of(PublishedStandard.reported("dibao.urban.monthly", "411000",
                LocalDate.of(2024, 1, 1), "750", StandardUnit.MONTHLY, Provenance.reportedBy("integrator")));
        ReliefEngine engine = ReliefEngine.create(TOY.modules(), () -> published);
        Determination d = engine.determine(DeterminationRequest.builder(AdminCode.of("411000"), DATE, ProgramId.DIBAO,
                oneEarner("400")).build());
        assertEquals(Optional.of(Money.yuan("360.00")), d.monthlyAmount()); // 750 − 400 + 10
    }

    @Test
    void refusalsComeInTheirOrder() {
        ReliefEngine national = ReliefEngine.create(RuleModules.of());
        Household h = oneEarner("400");
        Determination unknownRegion = national.determine(DeterminationRequest.builder(AdminCode.of("110000"),
                LocalDate.of(2010, 1, 1), ProgramId.DIBAO, h).build());
        assertEquals(RefusalCode.UNKNOWN_REGION, unknownRegion.refusal().orElseThrow().code(),
                "an unknown region is reported before the date");
        Determination tooEarly = national.determine(DeterminationRequest.builder(AdminCode.NATIONAL,
                LocalDate.of(2014, 4, 30), ProgramId.DIBAO, h).build());
        assertEquals(RefusalCode.DATE_OUT_OF_RANGE, tooEarly.refusal().orElseThrow().code());
        assertEquals(Outcome.REFUSED, tooEarly.outcome());
        Determination firstDay = national.determine(DeterminationRequest.builder(AdminCode.NATIONAL,
                LocalDate.of(2014, 5, 1), ProgramId.DIBAO, h).build());
        assertEquals(RefusalCode.MISSING_STANDARD, firstDay.refusal().orElseThrow().code());
        assertEquals(Optional.of("standards.dibao.urban.monthly"), firstDay.refusal().orElseThrow().field());
    }

    @Test
    void toyRegion_isOutOfRangeBeforeItsDocument() {
        Determination d = TOY.determine(DeterminationRequest.builder(AdminCode.of("411000"), LocalDate.of(2021, 8, 1),
                ProgramId.DIBAO, oneEarner("400")).build());
        assertEquals(RefusalCode.DATE_OUT_OF_RANGE, d.refusal().orElseThrow().code());
    }

    @Test
    void unneededStandard_isNeverMissing() {
        // A tekun applicant aged 30 with no disability is ineligible before any standard is needed.
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1994, 1, 1)).build());
        Determination d = ReliefEngine.create(RuleModules.of()).determine(DeterminationRequest.builder(
                AdminCode.NATIONAL, DATE, ProgramId.TEKUN, h).build());
        assertEquals(Outcome.INELIGIBLE, d.outcome());
        assertTrue(d.hasReason("HAS_LABOR_CAPACITY"));
    }

    @Test
    void unknownIncome_isUndetermined_butKnownIncomeAboveTheLineSettlesIt() {
        ReliefEngine national = ReliefEngine.create(RuleModules.of());
        Member unknown = Member.builder("p2").birthDate(LocalDate.of(1982, 1, 1)).build();
        Household below = Household.of(Residence.URBAN, Member.builder("p1").income(IncomeKind.WAGE, "500").build(), unknown);
        Determination d = national.determine(DeterminationRequest.builder(AdminCode.NATIONAL, DATE, ProgramId.DIBAO, below)
                .standard("dibao.urban.monthly", "700").build());
        assertEquals(Outcome.UNDETERMINED, d.outcome());
        assertEquals(List.of("members[p2].incomes"), d.missing());
        // 1400 known ≥ 700 × 2: ineligible whatever p2 earns.
        Household above = Household.of(Residence.URBAN, Member.builder("p1").income(IncomeKind.WAGE, "1400").build(), unknown);
        Determination e = national.determine(DeterminationRequest.builder(AdminCode.NATIONAL, DATE, ProgramId.DIBAO, above)
                .standard("dibao.urban.monthly", "700").build());
        assertEquals(Outcome.INELIGIBLE, e.outcome());
        assertTrue(e.missing().isEmpty());
    }

    @Test
    void screening_determinesEveryProgram() {
        Screening s = ReliefEngine.create(RuleModules.of()).screen(DeterminationRequest.builder(AdminCode.NATIONAL, DATE,
                ProgramId.DIBAO, oneEarner("400")).standard("dibao.urban.monthly", "700").build());
        assertEquals(ProgramId.STANDARD.size(), s.determinations().size());
        assertEquals(Outcome.ELIGIBLE, s.of(ProgramId.DIBAO).orElseThrow().outcome());
        assertEquals(Outcome.INELIGIBLE, s.of(ProgramId.LOW_INCOME).orElseThrow().outcome());
        assertTrue(s.eligiblePrograms().contains(ProgramId.DIBAO));
    }

    @Test
    void traceCanBeSwitchedOff_withoutChangingTheAnswer() {
        DeterminationRequest r = DeterminationRequest.builder(AdminCode.NATIONAL, DATE, ProgramId.DIBAO, oneEarner("400"))
                .standard("dibao.urban.monthly", "700").build();
        ReliefEngine engine = ReliefEngine.create(RuleModules.of());
        Determination on = engine.determine(r);
        Determination off = engine.determine(r.withTrace(false));
        assertFalse(on.trace().isEmpty());
        assertTrue(off.trace().isEmpty());
        assertEquals(on.monthlyAmount(), off.monthlyAmount());
    }

    @Test
    void standardsInForce_listModuleDefaultsAndNationalValues_withProvenance() {
        List<org.relief.core.standards.PublishedStandard> inForce = TOY.standardsInForce(AdminCode.of("411082"), DATE)
                .orElseThrow();
        // the module's value, then the national ones (the 1.5 multiplier, the NA-14 thresholds, the NA-11 limits)
        assertEquals(List.of("dibao.urban.monthly", "lowIncome.multiplier", "priceSubsidy.cpiThreshold",
                "priceSubsidy.foodCpiThreshold", "procedure.decisionWorkingDays",
                "procedure.decisionWorkingDaysExtended"), inForce.stream().map(s -> s.key().name()).toList());
        assertEquals("玩具日报", inForce.get(0).provenance().source());
        assertTrue(TOY.standardsInForce(AdminCode.of("411082"), LocalDate.of(2023, 12, 31)).orElseThrow().stream()
                .noneMatch(s -> s.key().name().startsWith("dibao")), "not yet in force");
        assertTrue(TOY.standardsInForce(AdminCode.of("110000"), DATE).isEmpty());
    }

    @Test
    void parallelCalls_giveTheSequentialAnswers() throws Exception {
        DeterminationRequest r = DeterminationRequest.builder(AdminCode.of("411082"), DATE, ProgramId.DIBAO, oneEarner("400"))
                .build();
        Determination expected = TOY.determine(r);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Determination>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                all.add(pool.submit(() -> TOY.determine(r)));
            }
            for (java.util.concurrent.Future<Determination> f : all) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aModuleMayAddAProgram_withItsOwnSlots() {
        ReliefEngine engine = ReliefEngine.create(RuleModules.of(ToyModules.module("childcare", "371500", r -> r
                .cite(Citation.determination("TY-20", "玩具〔2024〕2号", "二", "育儿补贴"))
                .program(ProgramId.of("childcare"), List.of("childcare.grant"))
                .rule("childcare.grant", "TY-20", e -> {
                    boolean young = e.household().members().stream()
                            .anyMatch(m -> m.ageOn(e.date()).map(a -> a < 3).orElse(false));
                    e.require(org.relief.core.model.Truth.of(young));
                    e.cashLine("childcare", Money.yuan("100.00"));
                    return Applied.result(young ? "a child under 3" : "no child under 3");
                }))));
        Household h = Household.of(Residence.URBAN, Member.builder("c1").birthDate(LocalDate.of(2023, 1, 1)).build());
        Determination d = engine.determine(DeterminationRequest.builder(AdminCode.of("371502"), DATE, ProgramId.of("childcare"), h)
                .build());
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertEquals(Optional.of(Money.yuan("100.00")), d.monthlyAmount());
        assertTrue(d.applied("TY-20"));
        assertEquals(10, engine.screen(DeterminationRequest.builder(AdminCode.of("371502"), DATE, ProgramId.DIBAO, h).build())
                .determinations().size(), "screening covers the module's own program too");
    }

    @Test
    void unknownProgram_isAnInputError() {
        Determination d = ReliefEngine.create(RuleModules.of()).determine(DeterminationRequest.builder(AdminCode.NATIONAL,
                DATE, ProgramId.of("pension"), oneEarner("400")).build());
        assertEquals(RefusalCode.INVALID_INPUT, d.refusal().orElseThrow().code());
        assertEquals(Optional.of("program"), d.refusal().orElseThrow().field());
    }

    @Test
    void unknownProgram_refusalListsTheValidPrograms() {
        Determination d = ReliefEngine.create(RuleModules.of()).determine(DeterminationRequest.builder(AdminCode.NATIONAL,
                DATE, ProgramId.of("pension"), oneEarner("400")).build());
        String en = d.refusal().orElseThrow().messageEn();
        for (ProgramId p : ProgramId.STANDARD) {
            assertTrue(en.contains(p.id()), en);
            assertTrue(d.refusal().orElseThrow().message().contains(p.id()), d.refusal().orElseThrow().message());
        }
    }

    @Test
    void memberBornAfterTheDate_isAnInputErrorNamingTheBirthDate() {
        org.relief.core.model.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.relief.core.model.InvalidInputException.class, () -> DeterminationRequest.builder(AdminCode.NATIONAL, DATE,
                        ProgramId.DIBAO, Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1980, 1, 1))
                                .noIncome().build(), Member.builder("c9").birthDate(DATE.plusDays(1)).noIncome().build())).build());
        assertEquals(RefusalCode.INVALID_INPUT, e.code());
        assertEquals("members[c9].birthDate", e.field());
        // Born on the date itself is a member (aged 0).
        DeterminationRequest.builder(AdminCode.NATIONAL, DATE, ProgramId.DIBAO,
                Household.of(Residence.URBAN, Member.builder("c9").birthDate(DATE).noIncome().build())).build();
    }

    @Test
    void unknownStandardKey_isAnInputErrorNamingTheKnownKeys() {
        Determination d = TOY.determine(DeterminationRequest.builder(AdminCode.of("411000"), DATE, ProgramId.DIBAO,
                oneEarner("400")).standard("dibao.urban.monthy", "800").build());
        Refusal r = d.refusal().orElseThrow();
        assertEquals(RefusalCode.INVALID_INPUT, r.code());
        assertEquals(Optional.of("standards.dibao.urban.monthy"), r.field());
        assertTrue(r.messageEn().contains("did you mean dibao.urban.monthly?"), r.messageEn());
        assertTrue(r.messageEn().contains("tekun.care.semi.dispersed.monthly"), "lists the known keys: " + r.messageEn());
        assertTrue(r.message().contains("dibao.urban.monthly"), r.message());
        // It is an input error: reported before the region is even resolved.
        Determination beforeRegion = TOY.determine(DeterminationRequest.builder(AdminCode.of("110000"), DATE, ProgramId.DIBAO,
                oneEarner("400")).standard("no.such.key", "1").build());
        assertEquals(RefusalCode.INVALID_INPUT, beforeRegion.refusal().orElseThrow().code());
    }

    @Test
    void keysAModuleDeclaresOrShips_andKeysTheIntegratorPublishes_areKnown() {
        RuleModules modules = RuleModules.of(ToyModules.module("declares", "371500", r -> r
                .standardKey(org.relief.core.standards.StandardDefinition.of("dibao.voucher.monthly",
                        org.relief.core.standards.StandardDefinition.Measure.YUAN_PER_MONTH, "购物券", "voucher", "TY-14"))
                .standards(StandardsTable.of(PublishedStandard.reported("minimumWage.tier9.monthly", "371500",
                        LocalDate.of(2024, 1, 1), "1500", StandardUnit.MONTHLY, Provenance.reportedBy("玩具日报"))))));
        assertTrue(modules.knownStandardKeys().containsAll(List.of("dibao.voucher.monthly", "minimumWage.tier9.monthly",
                "dibao.urban.monthly", "lowIncome.multiplier")), modules.knownStandardKeys().toString());
        ReliefEngine engine = ReliefEngine.create(modules, () -> StandardsTable.of(PublishedStandard.reported(
                "integrator.own.key", "371500", LocalDate.of(2024, 1, 1), "1", StandardUnit.NUMBER, Provenance.reportedBy("x"))));
        for (String key : List.of("dibao.voucher.monthly", "minimumWage.tier9.monthly", "integrator.own.key")) {
            Determination d = engine.determine(DeterminationRequest.builder(AdminCode.of("371502"), DATE, ProgramId.DIBAO,
                    oneEarner("400")).standard("dibao.urban.monthly", "700").standard(key, "1").build());
            assertFalse(d.isRefused(), key + ": " + d.refusal());
        }
    }

    @Test
    void versionsTellShippedFromPublishedFromOverride() {
        StandardsTable published = StandardsTable.of(PublishedStandard.reported("dibao.urban.monthly", "411000",
                LocalDate.of(2024, 1, 1), "750", StandardUnit.MONTHLY, Provenance.reportedBy("integrator")));
        ReliefEngine engine = ReliefEngine.create(TOY.modules(), () -> published);
        Household h = oneEarner("400");
        Determination pub = engine.determine(DeterminationRequest.builder(AdminCode.of("411000"), DATE, ProgramId.DIBAO, h).build());
        assertEquals(StandardValue.Origin.PUBLISHED, origin(pub, "dibao.urban.monthly"));
        Determination shipped = TOY.determine(DeterminationRequest.builder(AdminCode.of("411000"), DATE, ProgramId.DIBAO, h).build());
        assertEquals(StandardValue.Origin.SHIPPED, origin(shipped, "dibao.urban.monthly"));
        Determination low = TOY.determine(DeterminationRequest.builder(AdminCode.of("411000"), DATE, ProgramId.LOW_INCOME, oneEarner("800")).build());
        assertEquals(StandardValue.Origin.SHIPPED, origin(low, "lowIncome.multiplier"), "the national baseline's figure is shipped");
        Determination override = engine.determine(DeterminationRequest.builder(AdminCode.of("411000"), DATE, ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "800").build());
        assertEquals(StandardValue.Origin.OVERRIDE, origin(override, "dibao.urban.monthly"));
    }

    private static StandardValue.Origin origin(Determination d, String key) {
        return d.versions().standards().stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError(key + " not among " + d.versions().standards())).origin();
    }
}
