package org.relief.rules.linfen;

import java.util.Map;
import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRecord;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.spi.Applied;

/**
 * LF-02 — 临社救办发〔2015〕3号 二(一): an application by social-assistance or village-committee staff
 * or their close relatives (the applicant declares {@code staffRelative}) is filed on record (备案)
 * when it is accepted: record {@code STAFF_RELATIVE_FILED} on the case. Filing does not refuse
 * anything (the document asks for filing and accountability, not exclusion); who counts as a close
 * relative is {@link StaffRelativeFiling}'s.
 */
public final class Lf02StaffRelativeRecord implements CaseRule {
    @Override
    public Applied apply(CaseContext c) {
        boolean staff = c.application().staffRelative();
        if (staff) {
            c.record(CaseRecord.STAFF_RELATIVE_FILED, "经办人员或村（居）委会工作人员及其近亲属申请救助，受理时备案",
                    "application by assistance or village-committee staff or a close relative: filed on record at acceptance",
                    Map.of("county", c.county().value(), "acceptedOn", c.date().toString()));
        }
        return Applied.inputs().with("staffRelative", staff).then(staff ? "已备案 STAFF_RELATIVE_FILED" : "无需备案");
    }
}
