package org.relief.rules.linfen;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * LF-02 — 临社救办发〔2015〕3号 二(一): social-assistance staff (社会救助经办人员) and village/community
 * committee staff (村(居)民委员会工作人员), and their close relatives (近亲属), who receive social
 * assistance are put on record (备案), under the city's 备案工作办法(试行).
 *
 * <p>The 备案工作办法 itself is not among the project's documents, so 近亲属 is read as in Chinese
 * law generally (最高人民法院关于适用《行政诉讼法》的解释 第十四条; 民法典 第一千零四十五条): spouse, parents,
 * children, siblings, grandparents, grandchildren, and other relatives with a support obligation
 * (扶养、赡养关系). The check says whether a recipient's case must be filed; it does not refuse
 * assistance (the document asks for filing and accountability, not exclusion).
 */
public final class StaffRelativeFiling {
    /** The staff whose own and relatives' assistance is filed. */
    public enum StaffRole {
        /** 社会救助经办人员. */
        ASSISTANCE_STAFF,
        /** 村(居)民委员会工作人员. */
        VILLAGE_COMMITTEE_STAFF
    }

    /** The recipient's tie to a staff member. */
    public enum Tie {
        /** The recipient is the staff member. */
        SELF,
        SPOUSE,
        PARENT,
        CHILD,
        SIBLING,
        GRANDPARENT,
        GRANDCHILD,
        /** 其他具有扶养、赡养关系的亲属. */
        OTHER_SUPPORT_RELATIVE,
        /** Any other relative or none: not a close relative. */
        OTHER
    }

    private static final Set<Tie> FILED = EnumSet.complementOf(EnumSet.of(Tie.OTHER));

    private StaffRelativeFiling() {
    }

    /**
     * Whether a recipient with this tie to a staff member of this role must be put on record.
     *
     * @param role the staff member's role; {@code null} when the recipient has no tie to any staff
     *             member (then never filed)
     * @param tie  the recipient's tie to that staff member (required when {@code role} is given)
     */
    public static boolean requiresFiling(StaffRole role, Tie tie) {
        if (role == null) {
            return false;
        }
        Objects.requireNonNull(tie, "须给出与工作人员的关系 / the tie to the staff member is required");
        return FILED.contains(tie);
    }
}
