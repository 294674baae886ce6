package org.relief.core.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A household member, with every key of the case format.
 *
 * <p><b>Unknown is not "none".</b> {@link #incomes()}, {@link #birthDate()} (without an ID
 * number), {@link #laborCapacity()}, {@link #supporter()} and {@link #selfCareItemsFailed()} are
 * <em>unknown</em> when empty; an empty income list is "no income". The other optional keys,
 * when empty, mean "none declared".
 */
public record Member(
        String id,
        Optional<Relation> relation,
        Optional<LocalDate> birthDate,
        Optional<IdNumber> idNumber,
        Optional<Sex> sex,
        Optional<Disability> disability,
        boolean seriouslyIll,
        Optional<LaborCapacity> laborCapacity,
        Employment employment,
        Optional<LocalDate> unemployedSince,
        Optional<LocalDate> businessRegisteredOn,
        Optional<EducationStage> education,
        Set<Status> statuses,
        Optional<Integer> selfCareItemsFailed,
        Optional<CareSetting> careSetting,
        Optional<Supporter> supporter,
        boolean singlePersonApplication,
        Optional<List<Income>> incomes) {

    public Member {
        if (id == null || id.isBlank()) {
            throw InvalidInputException.required("members[].id");
        }
        String at = "members[" + id + "].";
        relation = Optional.ofNullable(relation).flatMap(x -> x);
        birthDate = Optional.ofNullable(birthDate).flatMap(x -> x);
        idNumber = Optional.ofNullable(idNumber).flatMap(x -> x);
        sex = Optional.ofNullable(sex).flatMap(x -> x);
        disability = Optional.ofNullable(disability).flatMap(x -> x);
        laborCapacity = Optional.ofNullable(laborCapacity).flatMap(x -> x);
        employment = employment == null ? Employment.NONE : employment;
        unemployedSince = Optional.ofNullable(unemployedSince).flatMap(x -> x);
        businessRegisteredOn = Optional.ofNullable(businessRegisteredOn).flatMap(x -> x);
        education = Optional.ofNullable(education).flatMap(x -> x);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        selfCareItemsFailed = Optional.ofNullable(selfCareItemsFailed).flatMap(x -> x);
        careSetting = Optional.ofNullable(careSetting).flatMap(x -> x);
        supporter = Optional.ofNullable(supporter).flatMap(x -> x);
        incomes = Optional.ofNullable(incomes).flatMap(x -> x).map(List::copyOf);

        selfCareItemsFailed.ifPresent(n -> {
            if (n < 0 || n > 6) {
                throw InvalidInputException.invalid(at + "selfCareItemsFailed", "须为0至6，收到 " + n,
                        "must be 0 to 6, got " + n);
            }
        });
        if (idNumber.isPresent()) {
            LocalDate fromId = idNumber.get().birthDate();
            if (birthDate.isPresent() && !birthDate.get().equals(fromId)) {
                throw InvalidInputException.invalid(at + "birthDate",
                        "出生日期 " + birthDate.get() + " 与身份证号码（idNumber）中的出生日期 " + fromId + " 不一致",
                        "birthDate " + birthDate.get() + " contradicts the birth date " + fromId + " in idNumber");
            }
            birthDate = Optional.of(fromId);
        }
    }

    /** A builder for a member with the given id and nothing declared (every unknown key unknown). */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** This member as a builder, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.relation = relation.orElse(null);
        b.birthDate = idNumber.isPresent() ? null : birthDate.orElse(null);
        b.idNumber = idNumber.orElse(null);
        b.sex = sex.orElse(null);
        b.disability = disability.orElse(null);
        b.seriouslyIll = seriouslyIll;
        b.laborCapacity = laborCapacity.orElse(null);
        b.employment = employment;
        b.unemployedSince = unemployedSince.orElse(null);
        b.businessRegisteredOn = businessRegisteredOn.orElse(null);
        b.education = education.orElse(null);
        b.statuses = statuses.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(statuses);
        b.selfCareItemsFailed = selfCareItemsFailed.orElse(null);
        b.careSetting = careSetting.orElse(null);
        b.supporter = supporter.orElse(null);
        b.singlePersonApplication = singlePersonApplication;
        b.incomes = incomes.orElse(null);
        return b;
    }

    /** Whole years of age on {@code date} (someone born 29 February turns a year older on 1 March). */
    public Optional<Integer> ageOn(LocalDate date) {
        return birthDate.map(b -> age(b, date));
    }

    /**
     * Whole years from {@code birth} to {@code date}: {@code Period.between(birth, date).getYears()}.
     * For a birth on or before the date, that is the difference of the years less one while the
     * birthday is still to come (a 29 February birthday comes on 1 March in other years, as in
     * {@code Period}); counted without making a {@code Period}, as every rule of age asks for it.
     */
    static int age(LocalDate birth, LocalDate date) {
        if (birth.isAfter(date)) {
            return Period.between(birth, date).getYears();
        }
        int years = date.getYear() - birth.getYear();
        int m = date.getMonthValue() - birth.getMonthValue();
        return m < 0 || (m == 0 && date.getDayOfMonth() < birth.getDayOfMonth()) ? years - 1 : years;
    }

    /** Severely disabled for supplements and 单人户. */
    public boolean isSeverelyDisabled() {
        return disability.map(Disability::isSevere).orElse(false);
    }

    /** The path of one of this member's keys in a case, e.g. {@code members[p1].incomes}. */
    public String path(String key) {
        return "members[" + id + "]." + key;
    }

    /** Fluent builder; unset keys stay unknown / none declared. */
    public static final class Builder {
        private final String id;
        private Relation relation;
        private LocalDate birthDate;
        private IdNumber idNumber;
        private Sex sex;
        private Disability disability;
        private boolean seriouslyIll;
        private LaborCapacity laborCapacity;
        private Employment employment = Employment.NONE;
        private LocalDate unemployedSince;
        private LocalDate businessRegisteredOn;
        private EducationStage education;
        private Set<Status> statuses = EnumSet.noneOf(Status.class);
        private Integer selfCareItemsFailed;
        private CareSetting careSetting;
        private Supporter supporter;
        private boolean singlePersonApplication;
        private List<Income> incomes;

        private Builder(String id) {
            this.id = id;
        }

        public Builder relation(Relation v) { relation = v; return this; }
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder idNumber(IdNumber v) { idNumber = v; return this; }
        public Builder sex(Sex v) { sex = v; return this; }
        public Builder disability(int grade, DisabilityKind kind) { disability = new Disability(grade, kind); return this; }
        public Builder disability(Disability v) { disability = v; return this; }
        public Builder seriouslyIll(boolean v) { seriouslyIll = v; return this; }
        public Builder laborCapacity(LaborCapacity v) { laborCapacity = v; return this; }
        public Builder employment(Employment v) { employment = v; return this; }
        public Builder unemployedSince(LocalDate v) { unemployedSince = v; return this; }
        public Builder businessRegisteredOn(LocalDate v) { businessRegisteredOn = v; return this; }
        public Builder education(EducationStage v) { education = v; return this; }
        public Builder status(Status v) { statuses.add(v); return this; }
        public Builder statuses(Set<Status> v) { statuses = v.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(v); return this; }
        public Builder selfCareItemsFailed(Integer v) { selfCareItemsFailed = v; return this; }
        public Builder careSetting(CareSetting v) { careSetting = v; return this; }
        public Builder supporter(Supporter v) { supporter = v; return this; }
        public Builder singlePersonApplication(boolean v) { singlePersonApplication = v; return this; }
        /** Declares the incomes; an empty list means "no income". Never called: unknown. */
        public Builder incomes(List<Income> v) { incomes = v; return this; }
        /** Declares one more income (and so makes the incomes known). */
        public Builder income(IncomeKind kind, String monthly) {
            if (incomes == null) {
                incomes = new java.util.ArrayList<>();
            } else if (!(incomes instanceof java.util.ArrayList)) {
                incomes = new java.util.ArrayList<>(incomes);
            }
            incomes.add(new Income(kind, Money.yuan(monthly)));
            return this;
        }
        /** Declares that the member has no income. */
        public Builder noIncome() { incomes = List.of(); return this; }

        public Member build() {
            return new Member(id, Optional.ofNullable(relation), Optional.ofNullable(birthDate),
                    Optional.ofNullable(idNumber), Optional.ofNullable(sex), Optional.ofNullable(disability),
                    seriouslyIll, Optional.ofNullable(laborCapacity), employment, Optional.ofNullable(unemployedSince),
                    Optional.ofNullable(businessRegisteredOn), Optional.ofNullable(education), statuses,
                    Optional.ofNullable(selfCareItemsFailed), Optional.ofNullable(careSetting),
                    Optional.ofNullable(supporter), singlePersonApplication, Optional.ofNullable(incomes));
        }
    }
}
