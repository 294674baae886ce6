package org.relief.core.lifecycle;

import java.util.Objects;
import org.relief.core.model.Application;

/**
 * What an applicant signs on {@code apply}: the determination keys of the application (disputed,
 * channel, delegation, residence permit) and the lifecycle's own declarations.
 *
 * @param application       the keys every determination of the case sees
 * @param consent           授权核对家庭经济状况 — required (NA-11)
 * @param honestyCommitment 守信承诺 (聊城 LC-10)
 * @param staffRelative     the applicant is social-assistance or village-committee staff or their close relative (临汾 LF-02)
 */
public record ApplicationForm(Application application, boolean consent, boolean honestyCommitment,
                              boolean staffRelative) {
    /** Requires the application. */
    public ApplicationForm {
        Objects.requireNonNull(application, "application");
    }

    /** Consent given, nothing else declared. */
    public static ApplicationForm consented() {
        return new ApplicationForm(Application.DEFAULT, true, false, false);
    }
}
