package org.relief.perf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.Assets;
import org.relief.core.model.CareSetting;
import org.relief.core.model.Channel;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.Disability;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Employment;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Grant;
import org.relief.core.model.Household;
import org.relief.core.model.IdNumber;
import org.relief.core.model.Income;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Relation;
import org.relief.core.model.Residence;
import org.relief.core.model.Sex;
import org.relief.core.model.Status;
import org.relief.core.model.Supporter;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * Random but deterministic requests (a fixed seed gives the same requests on every JDK: {@link Random}'s
 * sequence is specified): households of 1–6 members with incomes of every kind, ages across 18 and 60,
 * disabilities, statuses, unknown inputs now and then; every program; dates across each module's
 * validity (and a few outside it); standards shipped, published or overridden (now and then a
 * misspelt key). Used by the frozen answers and by the benchmarks.
 *
 * <p><b>Changing this class changes the requests</b>: the frozen answers must then be written anew
 * (see {@link FrozenAnswersTest}), which is only right when nothing else changed in the same commit.
 */
public final class RandomRequests {
    /**
     * A request and the day its standards are known on ({@code null}: every published value); or,
     * when the drawn inputs are refused by the request itself (a fractional count of months), the
     * refusal and no request.
     */
    public record Sample(DeterminationRequest request, LocalDate knownOn, RuntimeException refused) {
    }

    /** A region of the frozen answers: the code of its module, its counties, its first and last dates. */
    public record Region(String name, String module, List<String> codes, LocalDate from, LocalDate until) {
    }

    /** The five regions: the national baseline and the four modules. */
    public static final List<Region> REGIONS = List.of(
            new Region("national", "000000", List.of("000000"), LocalDate.of(2014, 5, 1), LocalDate.of(2026, 12, 31)),
            new Region("xuchang", "411000", List.of("411000", "411002", "411023", "411024", "411025", "411081", "411082"),
                    LocalDate.of(2021, 8, 2), LocalDate.of(2026, 12, 31)),
            new Region("liaocheng", "371500", List.of("371500", "371502", "371521", "371522", "371523", "371524",
                    "371525", "371526", "371581"), LocalDate.of(2020, 10, 15), LocalDate.of(2026, 12, 31)),
            new Region("anhui", "340000", List.of("340000", "341100", "341102", "340400", "340402", "341700", "341702",
                    "340100", "341200"), LocalDate.of(2022, 6, 1), LocalDate.of(2026, 12, 31)),
            new Region("linfen", "141000", List.of("141000", "141002", "141021", "141022", "141023", "141081", "141082"),
                    LocalDate.of(2015, 10, 20), LocalDate.of(2026, 12, 31)));

    private static final ProgramId[] PROGRAMS = {ProgramId.DIBAO, ProgramId.DIBAO, ProgramId.DIBAO, ProgramId.TEKUN,
            ProgramId.TEKUN, ProgramId.LOW_INCOME, ProgramId.TEMPORARY, ProgramId.TEMPORARY, ProgramId.MEDICAL,
            ProgramId.EDUCATION, ProgramId.HOUSING, ProgramId.EMPLOYMENT, ProgramId.DISASTER};

    /** Overridable keys with a low and a high value (yuan or plain numbers). */
    private static final Object[][] KEYS = {
            {"dibao.urban.monthly", 550, 1100}, {"dibao.rural.monthly", 400, 900}, {"employmentCost.monthly", 100, 400},
            {"dibao.supplement.elderly", 20, 200}, {"dibao.supplement.minor", 20, 200},
            {"dibao.supplement.severeDisability", 30, 300}, {"dibao.supplement.seriousIllness", 30, 300},
            {"dibao.assets.financial.perCapitaLimit", 5000, 60000}, {"dibao.gradualExit.months", 3, 12},
            {"tekun.basic.monthly", 800, 1500}, {"tekun.basic.rural.monthly", 700, 1300},
            {"tekun.basic.urban.monthly", 900, 1600}, {"tekun.care.selfcare.monthly", 30, 150},
            {"tekun.care.semi.monthly", 150, 450}, {"tekun.care.full.monthly", 300, 900},
            {"tekun.care.full.dispersed.monthly", 300, 900}, {"tekun.care.semi.centralised.monthly", 150, 450},
            {"minimumWage.monthly", 1400, 2200}, {"temporary.person.annualCap", 2000, 20000},
            {"temporary.household.annualCap", 5000, 40000}, {"temporary.townshipApprovalLimit", 500, 3000},
            {"dibao.charityVoucher.monthly", 10, 60}};
    private static final String[] MISSPELT = {"dibao.urbn.monthly", "tekun.basik.monthly", "employmentCost.montly"};
    private static final IncomeKind[] KINDS = IncomeKind.values();

    private final Random random;

    private RandomRequests(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} samples for the region, from {@code seed}. */
    public static List<Sample> of(Region region, int n, long seed) {
        RandomRequests r = new RandomRequests(seed);
        List<Sample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(r.sample(region));
        }
        return out;
    }

    /** The region named {@code name}. */
    public static Region region(String name) {
        return REGIONS.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Benchmark households: {@code size} members with everything the dibao and tekun rules read known
     * (birth dates across 18 and 60, incomes of every kind, employment, disabilities, serious illness,
     * supporters, self-care, care setting), receiving nothing, no 单人户 application, no assets declared.
     * A separate stream from the frozen requests' (which it does not change).
     */
    public static List<Household> plainHouseholds(int n, long seed, LocalDate date, int size) {
        RandomRequests r = new RandomRequests(seed);
        List<Household> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(r.plainHousehold(date, size <= 0 ? 1 + r.random.nextInt(6) : size));
        }
        return out;
    }

    private Household plainHousehold(LocalDate date, int size) {
        List<Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Member.Builder b = Member.builder("p" + (i + 1)).relation(i == 0 ? Relation.HEAD : pick(Relation.values()))
                    .birthDate(date.minusDays(random.nextInt(365)).minusYears(age()))
                    .employment(pick(Employment.values())).seriouslyIll(chance(8))
                    .supporter(pick(Supporter.values())).selfCareItemsFailed(random.nextInt(7))
                    .careSetting(chance(50) ? CareSetting.CENTRALISED : CareSetting.DISPERSED);
            if (chance(15)) {
                b.disability(new Disability(1 + random.nextInt(4), pick(DisabilityKind.values())));
            }
            List<Income> incomes = new ArrayList<>();
            int k = chance(30) ? 0 : 1 + random.nextInt(3);
            for (int j = 0; j < k; j++) {
                incomes.add(new Income(KINDS[random.nextInt(KINDS.length)], Money.yuan(amount(0, 1500 / size + 200))));
            }
            members.add(b.incomes(incomes).build());
        }
        return Household.of(chance(50) ? Residence.URBAN : Residence.RURAL, members.toArray(Member[]::new));
    }

    private Sample sample(Region region) {
        String code = region.codes().get(random.nextInt(region.codes().size()));
        if (chance(2)) {
            code = "110101"; // a region no module serves
        }
        LocalDate date = chance(3) ? region.from().minusDays(1 + random.nextInt(400))
                : region.from().plusDays(random.nextInt((int) (region.until().toEpochDay() - region.from().toEpochDay()) + 1));
        ProgramId program = PROGRAMS[random.nextInt(PROGRAMS.length)];
        Household h = household(date, 1 + random.nextInt(6), chance(15));
        DeterminationRequest.Builder b = DeterminationRequest.builder(AdminCode.of(code), date, program, h);
        int overrides = chance(40) ? 0 : random.nextInt(6);
        for (int i = 0; i < overrides; i++) {
            Object[] k = KEYS[random.nextInt(KEYS.length)];
            b.standard((String) k[0], amount((Integer) k[1], (Integer) k[2]));
        }
        if (chance(2)) {
            b.standard(MISSPELT[random.nextInt(MISSPELT.length)], "700");
        }
        if (chance(30)) {
            b.application(new Application(chance(20), chance(50) ? Optional.of(pick(Channel.values())) : Optional.empty(),
                    chance(30), chance(20)));
        }
        if (program.equals(ProgramId.TEMPORARY) || program.equals(ProgramId.MEDICAL) || program.equals(ProgramId.DISASTER)
                || chance(10)) {
            if (!chance(8)) {
                b.event(event(h));
            }
        }
        if (program.equals(ProgramId.TEMPORARY) && chance(40)) {
            int grants = 1 + random.nextInt(3);
            for (int i = 0; i < grants; i++) {
                Optional<String> member = chance(60) ? Optional.of(h.members().get(random.nextInt(h.members().size())).id())
                        : Optional.empty();
                b.grant(new Grant(ProgramId.TEMPORARY, member, date.minusDays(random.nextInt(500)),
                        Money.yuan(amount(200, 6000))));
            }
        }
        b.trace(!chance(10));
        LocalDate knownOn = chance(40) ? date.plusDays(random.nextInt(731) - 365) : null;
        try {
            return new Sample(b.build(), knownOn, null);
        } catch (org.relief.core.model.InvalidInputException e) {
            return new Sample(null, knownOn, e);
        }
    }

    private Household household(LocalDate date, int size, boolean sometimesUnknown) {
        List<Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(member("p" + (i + 1), i, date, sometimesUnknown));
        }
        Optional<Residence> residence = sometimesUnknown && chance(30) ? Optional.empty()
                : Optional.of(chance(50) ? Residence.URBAN : Residence.RURAL);
        Set<ProgramId> receiving = new java.util.HashSet<>();
        if (chance(15)) {
            receiving.add(ProgramId.DIBAO);
        }
        if (chance(5)) {
            receiving.add(ProgramId.TEKUN);
        }
        Optional<CurrentDibao> current = chance(8) ? Optional.of(new CurrentDibao(
                chance(80) ? Optional.of(Money.yuan(amount(100, 2500))) : Optional.empty(),
                chance(70) ? Optional.of(date.minusDays(random.nextInt(400))) : Optional.empty())) : Optional.empty();
        Optional<Boolean> stable = chance(50) ? Optional.of(chance(50)) : Optional.empty();
        Assets assets = chance(40) ? Assets.NONE_DECLARED : new Assets(
                chance(85) ? Optional.of(Money.yuan(amount(0, 150000))) : Optional.empty(),
                chance(70) ? Optional.of(random.nextInt(3)) : Optional.empty(),
                chance(70) ? Optional.of(random.nextInt(2)) : Optional.empty());
        return new Household(residence, receiving, current, stable, assets, members);
    }

    private Member member(String id, int index, LocalDate date, boolean sometimesUnknown) {
        Member.Builder b = Member.builder(id);
        if (index == 0) {
            b.relation(Relation.HEAD);
        } else if (chance(80)) {
            b.relation(pick(Relation.values()));
        }
        LocalDate birth = date.minusDays(random.nextInt(365)).minusYears(age());
        if (chance(10)) {
            b.idNumber(idNumber(birth));
        } else if (!(sometimesUnknown && chance(20))) {
            b.birthDate(birth);
        }
        if (chance(70)) {
            b.sex(chance(50) ? Sex.MALE : Sex.FEMALE);
        }
        if (chance(15)) {
            b.disability(new Disability(1 + random.nextInt(4), pick(DisabilityKind.values())));
        }
        b.seriouslyIll(chance(8));
        if (!(sometimesUnknown && chance(30)) && chance(80)) {
            b.laborCapacity(pick(LaborCapacity.values()));
        }
        b.employment(pick(Employment.values()));
        if (chance(10)) {
            b.unemployedSince(date.minusDays(random.nextInt(900)));
        }
        if (chance(5)) {
            b.businessRegisteredOn(date.minusDays(random.nextInt(900)));
        }
        if (chance(25)) {
            b.education(pick(EducationStage.values()));
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        if (chance(10)) {
            statuses.add(pick(Status.values()));
        }
        b.statuses(statuses);
        if (!(sometimesUnknown && chance(30)) && chance(70)) {
            b.selfCareItemsFailed(random.nextInt(7));
        }
        if (chance(60)) {
            b.careSetting(chance(50) ? CareSetting.CENTRALISED : CareSetting.DISPERSED);
        }
        if (!(sometimesUnknown && chance(30)) && chance(75)) {
            b.supporter(pick(Supporter.values()));
        }
        b.singlePersonApplication(chance(8));
        if (!(sometimesUnknown && chance(35))) {
            List<Income> incomes = new ArrayList<>();
            int n = chance(30) ? 0 : 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                incomes.add(new Income(KINDS[random.nextInt(KINDS.length)], Money.yuan(amount(0, 2400))));
            }
            b.incomes(incomes);
        }
        return b.build();
    }

    /** Ages from 0 to 95, one in three within a year or two of 18 or of 60. */
    private int age() {
        int r = random.nextInt(6);
        if (r == 0) {
            return 16 + random.nextInt(4);
        }
        if (r == 1) {
            return 58 + random.nextInt(4);
        }
        return random.nextInt(96);
    }

    private Event event(Household h) {
        Optional<String> member = chance(70) ? Optional.of(h.members().get(random.nextInt(h.members().size())).id())
                : Optional.empty();
        return new Event(chance(90) ? Optional.of(pick(EventKind.values())) : Optional.empty(),
                chance(85) ? Optional.of(pick(EventType.values())) : Optional.empty(),
                chance(70) ? Optional.of(Money.yuan(amount(100, 80000))) : Optional.empty(),
                chance(75) ? Optional.of(Money.yuan(amount(100, 12000))) : Optional.empty(),
                chance(50) ? Optional.of(Money.yuan(amount(100, 60000))) : Optional.empty(), member);
    }

    private IdNumber idNumber(LocalDate birth) {
        String first17 = "411002" + pad(birth.getYear(), 4) + pad(birth.getMonthValue(), 2) + pad(birth.getDayOfMonth(), 2)
                + pad(random.nextInt(1000), 3);
        return new IdNumber(first17 + IdNumber.checkDigit(first17));
    }

    /** An amount between low and high, whole yuan mostly, now and then with fen. */
    private String amount(int low, int high) {
        int yuan = low + random.nextInt(high - low + 1);
        int r = random.nextInt(10);
        if (r == 0) {
            return yuan + "." + pad(random.nextInt(100), 2);
        }
        if (r == 1) {
            return yuan + ".5";
        }
        return Integer.toString(yuan);
    }

    /** {@code value} with leading zeros to {@code width} digits (as {@code %0<width>d}, without a Formatter). */
    private static String pad(int value, int width) {
        StringBuilder b = new StringBuilder(Integer.toString(value));
        while (b.length() < width) {
            b.insert(0, '0');
        }
        return b.toString();
    }

    /** True with a chance of {@code percent} in 100. */
    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * The integrator's published table of the frozen answers: values over the shipped ones, some
     * published after their effective date (so that {@code knownOn} matters), in every region.
     */
    public static StandardsTable published() {
        return StandardsTable.of(
                value("dibao.urban.monthly", "000000", "2020-01-01", "700", "2019-12-15"),
                value("dibao.rural.monthly", "000000", "2020-01-01", "560", "2019-12-15"),
                value("dibao.urban.monthly", "000000", "2023-01-01", "760", "2023-03-10"),
                value("tekun.basic.monthly", "000000", "2021-01-01", "1010", "2021-02-01"),
                value("employmentCost.monthly", "000000", "2022-01-01", "200", null),
                value("dibao.urban.monthly", "411000", "2022-01-01", "640", "2022-01-05"),
                value("dibao.rural.monthly", "411000", "2022-01-01", "510", "2022-01-05"),
                value("dibao.urban.monthly", "411000", "2024-01-01", "700", "2024-07-20"),
                value("tekun.basic.monthly", "411000", "2022-01-01", "840", "2022-01-05"),
                value("dibao.supplement.elderly", "411000", "2022-01-01", "50", "2022-01-05"),
                value("dibao.urban.monthly", "371500", "2024-01-01", "950", "2024-08-01"),
                value("dibao.urban.monthly", "341100", "2023-07-01", "760", "2023-06-20"),
                value("dibao.urban.monthly", "141000", "2021-01-01", "640", "2021-01-10"),
                value("dibao.rural.monthly", "141000", "2021-01-01", "500", "2021-01-10"),
                value("dibao.urban.monthly", "141000", "2024-01-01", "700", "2024-05-01"),
                value("tekun.basic.monthly", "141000", "2021-01-01", "900", "2021-01-10"));
    }

    private static PublishedStandard value(String key, String area, String from, String value, String published) {
        return new PublishedStandard(StandardKey.of(key), AdminCode.of(area), LocalDate.parse(from), Optional.empty(),
                new BigDecimal(value), StandardUnit.MONTHLY, new Provenance("frozen answers' published table",
                Optional.empty(), Optional.of("test"), Optional.ofNullable(published).map(LocalDate::parse), Optional.empty()));
    }
}
