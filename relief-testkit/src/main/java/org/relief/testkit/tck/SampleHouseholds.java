package org.relief.testkit.tck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.relief.core.model.Assets;
import org.relief.core.model.CareSetting;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.EducationStage;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.Income;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.Relation;
import org.relief.core.model.Residence;
import org.relief.core.model.Status;
import org.relief.core.model.Supporter;

/**
 * Households generated from a seeded {@link Random} for the TCK's bounded property checks: 1 to 5
 * members of every age, known incomes of several kinds (exempt ones included), employment, labour
 * capacity, disability, supporter and self-care level. Every input is known (incomes declared), and
 * no household receives a program now (so 渐退期 does not apply). Deterministic for a seed.
 */
public final class SampleHouseholds {
    private static final IncomeKind[] KINDS = {IncomeKind.WAGE, IncomeKind.BUSINESS, IncomeKind.PENSION,
            IncomeKind.BASIC_PENSION, IncomeKind.OLD_AGE_ALLOWANCE, IncomeKind.SUPPORT, IncomeKind.AGRICULTURE,
            IncomeKind.OTHER, IncomeKind.AWARD, IncomeKind.PREFERENTIAL_CARE};

    private SampleHouseholds() {
    }

    /**
     * {@code count} households as of {@code date}.
     *
     * @param singlePersonApplications whether some disabled members may apply as 单人户 (NA-06)
     */
    public static List<Household> generate(long seed, int count, LocalDate date, boolean singlePersonApplications) {
        Random r = new Random(seed);
        List<Household> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(r, date, singlePersonApplications));
        }
        return out;
    }

    static Household one(Random r, LocalDate date, boolean singlePersonApplications) {
        int n = 1 + r.nextInt(5);
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            Member.Builder b = Member.builder("p" + (m + 1))
                    .relation(m == 0 ? Relation.HEAD : Relation.values()[1 + r.nextInt(Relation.values().length - 1)])
                    .birthDate(date.minusDays(r.nextInt(95 * 365)))
                    .employment(Employment.values()[r.nextInt(Employment.values().length)])
                    .laborCapacity(LaborCapacity.values()[r.nextInt(LaborCapacity.values().length)])
                    .supporter(Supporter.values()[r.nextInt(Supporter.values().length)])
                    .selfCareItemsFailed(r.nextInt(7))
                    .careSetting(r.nextBoolean() ? CareSetting.DISPERSED : CareSetting.CENTRALISED)
                    .seriouslyIll(r.nextInt(10) == 0);
            if (r.nextInt(5) == 0) {
                b.disability(1 + r.nextInt(4), DisabilityKind.values()[r.nextInt(DisabilityKind.values().length)]);
                if (singlePersonApplications && r.nextBoolean()) {
                    b.singlePersonApplication(true);
                }
            }
            if (r.nextInt(4) == 0) {
                b.education(EducationStage.values()[r.nextInt(EducationStage.values().length)]);
            }
            if (r.nextInt(8) == 0) {
                b.statuses(EnumSet.of(Status.values()[r.nextInt(Status.values().length)]));
            }
            List<Income> incomes = new ArrayList<>();
            int k = r.nextInt(3);
            for (int j = 0; j < k; j++) {
                incomes.add(new Income(KINDS[r.nextInt(KINDS.length)], fen(r, 300_000)));
            }
            b.incomes(incomes);
            members.add(b.build());
        }
        Assets assets = r.nextInt(3) == 0 ? Assets.financial(fen(r, 5_000_000)) : Assets.NONE_DECLARED;
        return new Household(Optional.of(r.nextBoolean() ? Residence.URBAN : Residence.RURAL), java.util.Set.of(),
                Optional.empty(), Optional.of(r.nextBoolean()), assets, members);
    }

    /** A random amount from 0.00 to {@code maxFen} fen. */
    static Money fen(Random r, int maxFen) {
        return new Money(BigDecimal.valueOf(r.nextInt(maxFen + 1), 2));
    }

    /** The household with one more counted income ({@code other}) of {@code raise} for its first member. */
    public static Household withMoreIncome(Household h, Money raise) {
        List<Member> members = new ArrayList<>(h.members());
        Member first = members.get(0);
        List<Income> incomes = new ArrayList<>(first.incomes().orElse(List.of()));
        incomes.add(new Income(IncomeKind.OTHER, raise));
        members.set(0, first.toBuilder().incomes(incomes).build());
        return h.withMembers(members);
    }

    /** The household with every member's incomes unknown (absent). */
    public static Household withUnknownIncomes(Household h) {
        List<Member> members = new ArrayList<>();
        for (Member m : h.members()) {
            members.add(m.toBuilder().incomes(null).build());
        }
        return h.withMembers(members);
    }
}
