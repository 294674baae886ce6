package org.relief.rules.anhui;

import static org.relief.core.spi.CalculatorParameter.Type.ADMIN_CODE;
import static org.relief.core.spi.CalculatorParameter.Type.INTEGER;

import java.util.List;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.model.InvalidInputException;
import org.relief.core.spi.AbstractCalculator;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/**
 * AH-09 (十二) as a calculator over {@link ServiceStations}: whether a village or community must set
 * up a service station, by its city's area (皖北 100, 皖南 50 long-term recipients). A city in
 * neither area answers {@code noThresholdInDocument} with no threshold, never a guess.
 */
final class Ah09ServiceStation extends AbstractCalculator {
    Ah09ServiceStation(Citation ah09) {
        super(new CalculatorSpec("anhui-service-station", ah09, "村（社区）社会救助服务站（点）设置", "Village service station",
                List.of(CalculatorParameter.required("region", ADMIN_CODE, "村（社区）所在的安徽省市或县（区）代码",
                                "code of the Anhui city or county of the village or community"),
                        CalculatorParameter.required("longTermRecipients", INTEGER, "村（社区）常年救助对象人数",
                                "long-term recipients of the village or community"))));
    }

    @Override
    public CalculatorResult compute(CalculatorInput in) {
        AdminCode region = in.adminCode("region");
        int recipients = in.integer("longTermRecipients");
        Optional<ServiceStations.Area> area;
        ServiceStations.Requirement requirement;
        try {
            area = ServiceStations.areaOf(region);
            requirement = ServiceStations.requirement(region, recipients);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(in.path("region"), "须为安徽省的市或县（区）代码（34xxxx，非省代码），收到 " + region,
                    "must be an Anhui city or county code (34xxxx, not the province), got " + region);
        }
        String code = switch (requirement) {
            case REQUIRED -> "required";
            case NOT_REQUIRED -> "notRequired";
            case NO_THRESHOLD_IN_DOCUMENT -> "noThresholdInDocument";
        };
        CalculatorResult.Builder out = result().text("requirement", code)
                .text("area", area.map(a -> a == ServiceStations.Area.NORTH ? "north" : "south").orElse("none"));
        if (area.isEmpty()) {
            return out.explain(region.city() + " 不属皖北、皖南，文件未规定设站人数",
                    region.city() + " is in neither northern nor southern Anhui: the document sets no threshold");
        }
        int threshold = area.get().threshold();
        return out.integer("threshold", threshold)
                .explain(area.get().nameZh() + "：常年救助对象 " + recipients + (recipients >= threshold ? " ≥ " : " < ") + threshold
                                + "，" + (recipients >= threshold ? "应设服务站（点）" : "不要求设站"),
                        (area.get() == ServiceStations.Area.NORTH ? "northern" : "southern") + " Anhui: " + recipients
                                + (recipients >= threshold ? " ≥ " : " < ") + threshold + " long-term recipients, a station is "
                                + (recipients >= threshold ? "required" : "not required"));
    }
}
