package org.relief.core.rules.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.core.lifecycle.CaseContext;
import org.relief.core.lifecycle.CaseRecord;
import org.relief.core.lifecycle.CaseRule;
import org.relief.core.lifecycle.Step;
import org.relief.core.model.IdNumber;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.Relation;
import org.relief.core.spi.Applied;

/**
 * Assistance obtained by fraud (虚报、隐瞒、欺骗; NA-13 dynamic management, 国务院令第649号 第六十八条):
 * the case leaves a dishonesty record (失信记录) — county, the county's case number, the head's
 * masked ID number (the member with relation {@code head}, else the first; empty when none is
 * known), the date and the reason — and the amount obtained is to be recovered (computed by the
 * lifecycle over the submitted rosters); the case ends from the month after. Regions cite it by
 * reusing the class: 聊城 LC-10 (the record for the city credit platform), 许昌 XC-15 (the recovery).
 */
public final class Na13Fraud implements CaseRule {
    @Override
    public Applied apply(CaseContext c) {
        Step.Fraud f = (Step.Fraud) c.step();
        List<Member> members = c.household().members();
        Member head = members.stream().filter(m -> m.relation().equals(Optional.of(Relation.HEAD))).findFirst()
                .orElse(members.get(0));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("county", c.county().value());
        fields.put("reference", c.before().map(x -> x.reference()).orElse(""));
        fields.put("headIdNumber", head.idNumber().map(IdNumber::toString).orElse(""));
        fields.put("date", f.date().toString());
        fields.put("from", f.from().toString());
        fields.put("reason", "FRAUD");
        Money recovery = c.recovery().orElse(Money.ZERO);
        fields.put("recovery", recovery.toString());
        c.record(CaseRecord.DISHONESTY, "以虚报、隐瞒、欺骗等手段获取社会救助，记入失信记录", "assistance obtained by fraud: dishonesty record", fields);
        return Applied.inputs().with("from", f.from()).with("recovery", recovery)
                .then("记入失信记录；追回 " + recovery + " 元；次月起终止");
    }
}
