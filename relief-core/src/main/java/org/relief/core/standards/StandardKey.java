package org.relief.core.standards;

import java.util.Objects;

/**
 * The name of a published standard, e.g. {@code dibao.urban.monthly}. Well-known keys are
 * constants; a region may publish more.
 */
public record StandardKey(String name) {
    public static final StandardKey DIBAO_URBAN = new StandardKey("dibao.urban.monthly");
    public static final StandardKey DIBAO_RURAL = new StandardKey("dibao.rural.monthly");
    public static final StandardKey FINANCIAL_ASSETS_LIMIT = new StandardKey("dibao.assets.financial.perCapitaLimit");
    public static final StandardKey EMPLOYMENT_COST = new StandardKey("employmentCost.monthly");
    public static final StandardKey GRADUAL_EXIT_MONTHS = new StandardKey("dibao.gradualExit.months");
    public static final StandardKey LOW_INCOME_MULTIPLIER = new StandardKey("lowIncome.multiplier");
    public static final StandardKey TEKUN_BASIC = new StandardKey("tekun.basic.monthly");
    public static final StandardKey MINIMUM_WAGE = new StandardKey("minimumWage.monthly");
    public static final StandardKey TEMPORARY_PERSON_CAP = new StandardKey("temporary.person.annualCap");
    public static final StandardKey TEMPORARY_HOUSEHOLD_CAP = new StandardKey("temporary.household.annualCap");
    public static final StandardKey MEDICAL_INPATIENT_RATIO = new StandardKey("medical.inpatient.ratio");
    public static final StandardKey TOWNSHIP_APPROVAL_LIMIT = new StandardKey("temporary.townshipApprovalLimit");
    /** Working days from acceptance to the dibao decision (NA-11: 30 nationally; 河南 25). */
    public static final StandardKey DECISION_WORKING_DAYS = new StandardKey("procedure.decisionWorkingDays");
    /** The same limit after an {@code extend} step (NA-11: 45 nationally; 河南 40). */
    public static final StandardKey DECISION_WORKING_DAYS_EXTENDED = new StandardKey("procedure.decisionWorkingDaysExtended");
    /** NA-14: the CPI rise (percent) from which the price subsidy is paid. */
    public static final StandardKey PRICE_SUBSIDY_CPI_THRESHOLD = new StandardKey("priceSubsidy.cpiThreshold");
    /** NA-14: the food CPI rise (percent) from which the price subsidy is paid. */
    public static final StandardKey PRICE_SUBSIDY_FOOD_THRESHOLD = new StandardKey("priceSubsidy.foodCpiThreshold");
    /** Calendar days within which an emergency grant is paid (聊城 LC-07: 1, "24小时内"). */
    public static final StandardKey EMERGENCY_PAYMENT_DAYS = new StandardKey("temporary.emergencyPaymentDays");
    /** The categories of {@code dibao.supplement.<category>} (NA-07, XC-02). */
    public static final java.util.List<String> SUPPLEMENT_CATEGORIES = java.util.List.of("elderly", "minor",
            "severeDisability", "seriousIllness");

    /** The keys of {@link #SUPPLEMENT_CATEGORIES}, made once. */
    private static final java.util.List<StandardKey> SUPPLEMENTS = SUPPLEMENT_CATEGORIES.stream()
            .map(c -> new StandardKey("dibao.supplement." + c)).toList();

    public StandardKey {
        requireShape(name);
    }

    /**
     * Checks the shape {@code [a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*} (dot-separated ASCII words, the
     * first starting with a letter), by hand: a lookup checks every key it is given (issue 19).
     *
     * @throws IllegalArgumentException when {@code name} has another shape
     */
    public static void requireShape(String name) {
        Objects.requireNonNull(name, "name");
        int n = name.length();
        boolean ok = n > 0 && isLetter(name.charAt(0));
        boolean afterDot = false;
        for (int i = 1; ok && i < n; i++) {
            char c = name.charAt(i);
            if (c == '.') {
                ok = !afterDot;
                afterDot = true;
            } else {
                ok = isLetter(c) || (c >= '0' && c <= '9');
                afterDot = false;
            }
        }
        if (!ok || afterDot) {
            throw new IllegalArgumentException("malformed standard key: " + name);
        }
    }

    /** The key families the State Council and its ministries set for the whole country. */
    private static final java.util.List<String> NATIONAL_FAMILIES = java.util.List.of("lowIncome.", "procedure.",
            "priceSubsidy.");

    /**
     * Whether this figure is set nationally ({@code lowIncome.*}, {@code procedure.*}, {@code priceSubsidy.*}),
     * so that a region without its own value uses the national one. Every other figure (the dibao and tekun
     * standards, caps, wages) is set by the city or province: a value published for {@code 000000} never
     * stands in for it in a region.
     */
    public boolean nationallySet() {
        return nationallySet(name);
    }

    /** As {@link #nationallySet()}, for a key name. */
    public static boolean nationallySet(String name) {
        return NATIONAL_FAMILIES.stream().anyMatch(name::startsWith);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Whether this key counts whole months or days ({@code *.months}, {@code *Days}, e.g.
     * {@code dibao.gradualExit.months}, {@code procedure.decisionWorkingDays}): its value must be a
     * whole number.
     */
    public static boolean isCount(String name) {
        return name.endsWith(".months") || name.endsWith("Days") || name.endsWith("DaysExtended");
    }

    /** Whether {@code value} is a whole number (any scale: {@code 6.00} is). */
    public static boolean isWhole(java.math.BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    public static StandardKey of(String name) {
        return new StandardKey(name);
    }

    /** {@code dibao.<residence>.monthly}. */
    public static StandardKey dibao(org.relief.core.model.Residence residence) {
        return residence == org.relief.core.model.Residence.URBAN ? DIBAO_URBAN
                : residence == org.relief.core.model.Residence.RURAL ? DIBAO_RURAL
                : new StandardKey("dibao." + residence.code() + ".monthly");
    }

    /** {@code dibao.supplement.<category>}. */
    public static StandardKey supplement(String category) {
        for (StandardKey k : SUPPLEMENTS) {
            if (k.name.length() == 17 + category.length() && k.name.endsWith(category)) {
                return k;
            }
        }
        return new StandardKey("dibao.supplement." + category);
    }

    @Override
    public String toString() {
        return name;
    }
}
