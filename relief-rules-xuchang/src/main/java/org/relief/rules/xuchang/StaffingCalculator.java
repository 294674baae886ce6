package org.relief.rules.xuchang;

/**
 * XC-12 — 许办〔2021〕7号 四(二) 提升基层能力: staffing of social-assistance work.
 * <ul>
 *   <li>County (县级社会救助工作机构): at least 1 full-time worker (专职工作人员) per 8,000–10,000 long-term
 *   recipients (常年救助对象), and at least 5 workers (工作人员) in all;</li>
 *   <li>township (乡镇/街道): in principle at least 1 full-time worker per 800–1,000 long-term recipients;</li>
 *   <li>every village (村/社区) has a social-assistance assistant (协理员), a member of its committees.</li>
 * </ul>
 * Reading of the band "每8000至10000名 … 不少于1名": the required number of
 * full-time workers is at least ⌈recipients / 10,000⌉ (the lenient end of the band) and the strict end is
 * ⌈recipients / 8,000⌉; a started block of recipients needs its worker, hence rounding up. The "5名工作人员"
 * is a floor on the county's workers in all (full-time or not), independent of the number of recipients.
 * Zero recipients need no full-time worker (the county still needs its 5 workers).
 */
public final class StaffingCalculator {
    /** Lenient end of the county band: one full-time worker per this many recipients. */
    public static final int COUNTY_LENIENT = 10_000;
    /** Strict end of the county band. */
    public static final int COUNTY_STRICT = 8_000;
    /** A county's workers in all. */
    public static final int COUNTY_MIN_WORKERS = 5;
    /** Lenient end of the township band. */
    public static final int TOWNSHIP_LENIENT = 1_000;
    /** Strict end of the township band. */
    public static final int TOWNSHIP_STRICT = 800;
    /** Assistants per village (社区). */
    public static final int ASSISTANTS_PER_VILLAGE = 1;

    /**
     * Full-time workers required for a number of long-term recipients: {@code minimum} (the lenient end,
     * which the document requires) and {@code strict} (the strict end of the band), and the workers in all.
     */
    public record Requirement(int minimumFullTime, int strictFullTime, int minimumWorkers) {
    }

    private StaffingCalculator() {
    }

    /** County: ⌈r / 10,000⌉ … ⌈r / 8,000⌉ full-time workers, at least 5 workers in all. */
    public static Requirement county(long recipients) {
        requireNonNegative(recipients, "常年救助对象人数 / recipients");
        return new Requirement(ceilDiv(recipients, COUNTY_LENIENT), ceilDiv(recipients, COUNTY_STRICT),
                COUNTY_MIN_WORKERS);
    }

    /** Township: ⌈r / 1,000⌉ … ⌈r / 800⌉ full-time workers; no separate floor on workers in all (it is the full-time minimum). */
    public static Requirement township(long recipients) {
        requireNonNegative(recipients, "常年救助对象人数 / recipients");
        int min = ceilDiv(recipients, TOWNSHIP_LENIENT);
        return new Requirement(min, ceilDiv(recipients, TOWNSHIP_STRICT), min);
    }

    /** Assistants required for {@code villages} villages and communities: one each. */
    public static int villageAssistants(long villages) {
        requireNonNegative(villages, "村（社区）数 / villages");
        return Math.toIntExact(Math.multiplyExact(villages, (long) ASSISTANTS_PER_VILLAGE));
    }

    /** Whether a county with these staff meets 四(二): full-time ≥ ⌈r / 10,000⌉ and workers in all ≥ 5. */
    public static boolean countyMeets(long recipients, int fullTime, int workersInAll) {
        checkStaff(fullTime, workersInAll);
        Requirement req = county(recipients);
        return fullTime >= req.minimumFullTime() && workersInAll >= req.minimumWorkers();
    }

    /** Whether a township with {@code fullTime} full-time workers meets 四(二): full-time ≥ ⌈r / 1,000⌉. */
    public static boolean townshipMeets(long recipients, int fullTime) {
        checkStaff(fullTime, fullTime);
        return fullTime >= township(recipients).minimumFullTime();
    }

    private static void checkStaff(int fullTime, int workersInAll) {
        requireNonNegative(fullTime, "专职工作人员数 / full-time workers");
        if (workersInAll < fullTime) {
            throw new IllegalArgumentException("工作人员总数不能少于专职工作人员数 / workers in all (" + workersInAll
                    + ") must not be fewer than full-time workers (" + fullTime + ")");
        }
    }

    private static int ceilDiv(long n, int d) {
        return Math.toIntExact(n / d + (n % d == 0 ? 0 : 1));
    }

    private static void requireNonNegative(long n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " 不能为负 / must not be negative: " + n);
        }
    }
}
