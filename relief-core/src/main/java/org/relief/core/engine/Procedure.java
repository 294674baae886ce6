package org.relief.core.engine;

import org.relief.core.model.ApprovalLevel;

/**
 * The procedure a case follows (NA-11, NA-13 and the regions' variants).
 *
 * @param democraticAppraisal  whether 民主评议 is held
 * @param approvalLevel        who confirms (审核确认)
 * @param publicNoticeDays     days of public notice (公示); 0 when the applicant is not published
 * @param reviewIntervalMonths months until the periodic review
 */
public record Procedure(boolean democraticAppraisal, ApprovalLevel approvalLevel, int publicNoticeDays,
                        int reviewIntervalMonths) {
}
