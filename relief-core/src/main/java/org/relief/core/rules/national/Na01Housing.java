package org.relief.core.rules.national;

import org.relief.core.model.CareSetting;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * 住房救助 (NA-01; 国务院令第649号 第七章; 许昌 XC-11): a household receiving dibao, or a dispersed
 * tekun person, qualifies; rural → {@code dangerousHouseRenovation}, urban → {@code publicRentalHousing}.
 */
public final class Na01Housing implements Rule {
    @Override
    public Applied apply(Evaluation e) {
        boolean dibao = e.household().isReceiving(ProgramId.DIBAO);
        boolean dispersedTekun = e.household().isReceiving(ProgramId.TEKUN) && e.household().members().stream()
                .anyMatch(m -> m.careSetting().map(s -> s == CareSetting.DISPERSED).orElse(false));
        if (!dibao && !dispersedTekun) {
            e.reason(Na01Medical.NOT_A_RECIPIENT, "非低保家庭或分散供养特困人员", "neither a dibao household nor a dispersed tekun person");
            e.require(Truth.FALSE);
            return Applied.result("not covered");
        }
        if (e.household().residence().isEmpty()) {
            e.missing("household.residence");
            e.require(Truth.UNKNOWN);
            return Applied.result("residence unknown");
        }
        String measure = e.household().residence().get() == Residence.RURAL ? "dangerousHouseRenovation" : "publicRentalHousing";
        e.measure(measure);
        return Applied.inputs().with("dibao", dibao).with("dispersedTekun", dispersedTekun).then(measure);
    }
}
