package org.relief.core.rules.national;

import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.spi.Applied;

/**
 * NA-11 — 民发〔2021〕57号 (申请): an application carries the applicant's written authorisation to
 * verify the household's economic situation (授权核对家庭经济状况); without it the application is not
 * taken ({@code CONSENT_REQUIRED}, field {@code application.consent}).
 */
public final class Na11Consent implements CaseRule {
    @Override
    public Applied apply(CaseContext c) {
        boolean consent = c.application().consent();
        if (!consent) {
            c.refuse(StepRefusal.CONSENT_REQUIRED, "application.consent",
                    "申请须附授权核对家庭经济状况的书面声明（consent 须为 true）",
                    "the application needs the applicant's consent to verify the household's economic situation (consent: true)");
        }
        return Applied.inputs().with("consent", consent).then(consent ? "已授权核对" : "未授权核对：不予受理");
    }
}
