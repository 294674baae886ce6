package org.relief.rules.anhui;

import java.util.Map;
import java.util.Optional;
import org.relief.core.model.AdminCode;

/**
 * AH-09 — 皖民社救字〔2022〕46号 十二: in principle a village or community with 100 or more long-term
 * recipients (常年救助对象) in northern Anhui (皖北), or 50 or more in southern Anhui (皖南), sets up a
 * social-assistance service station (服务站（点）); "以上" includes the number.
 *
 * <p>The document does not list the cities of each area. The grouping used is the province's usual
 * one: 皖北 = 淮北 340600, 亳州 341600, 宿州 341300, 蚌埠 340300,
 * 阜阳 341200, 淮南 340400; 皖南 = 芜湖 340200, 马鞍山 340500, 铜陵 340700, 池州 341700, 宣城 341800,
 * 黄山 341000. For the other cities (合肥, 安庆, 滁州, 六安) the document gives no threshold: the
 * answer is {@link Requirement#NO_THRESHOLD_IN_DOCUMENT}, never a guess. "有条件的地方可适当增加" is a
 * permission, not a rule: a station is never forbidden.
 */
public final class ServiceStations {
    /** The area of a city for this clause. */
    public enum Area {
        /** 皖北: threshold 100. */
        NORTH("皖北", 100),
        /** 皖南: threshold 50. */
        SOUTH("皖南", 50);

        private final String nameZh;
        private final int threshold;

        Area(String nameZh, int threshold) {
            this.nameZh = nameZh;
            this.threshold = threshold;
        }

        public String nameZh() {
            return nameZh;
        }

        /** Long-term recipients from which a station is required. */
        public int threshold() {
            return threshold;
        }
    }

    /** The answer for one village or community. */
    public enum Requirement {
        /** At or above the area's threshold: a station is required. */
        REQUIRED,
        /** Below the threshold: not required by the document (a station may still be set up). */
        NOT_REQUIRED,
        /** The city is in neither 皖北 nor 皖南: the document sets no threshold. */
        NO_THRESHOLD_IN_DOCUMENT
    }

    private static final Map<String, Area> CITIES = Map.ofEntries(
            Map.entry("340600", Area.NORTH), Map.entry("341600", Area.NORTH), Map.entry("341300", Area.NORTH),
            Map.entry("340300", Area.NORTH), Map.entry("341200", Area.NORTH), Map.entry("340400", Area.NORTH),
            Map.entry("340200", Area.SOUTH), Map.entry("340500", Area.SOUTH), Map.entry("340700", Area.SOUTH),
            Map.entry("341700", Area.SOUTH), Map.entry("341800", Area.SOUTH), Map.entry("341000", Area.SOUTH));

    private ServiceStations() {
    }

    /**
     * The area of the city of {@code code} (a city or a county/district code in Anhui), or empty when
     * the city is in neither area.
     *
     * @throws IllegalArgumentException for a code outside Anhui, or the province code itself
     */
    public static Optional<Area> areaOf(AdminCode code) {
        return Optional.ofNullable(CITIES.get(cityOf(code).value()));
    }

    /**
     * Whether a village or community of {@code code} with {@code longTermRecipients} must have a
     * service station.
     */
    public static Requirement requirement(AdminCode code, int longTermRecipients) {
        if (longTermRecipients < 0) {
            throw new IllegalArgumentException("常年救助对象人数不能为负 / long-term recipients must not be negative: "
                    + longTermRecipients);
        }
        Optional<Area> area = areaOf(code);
        if (area.isEmpty()) {
            return Requirement.NO_THRESHOLD_IN_DOCUMENT;
        }
        return longTermRecipients >= area.get().threshold() ? Requirement.REQUIRED : Requirement.NOT_REQUIRED;
    }

    private static AdminCode cityOf(AdminCode code) {
        if (code == null) {
            throw new IllegalArgumentException("行政区划代码不能为空 / the administrative code must not be null");
        }
        if (!code.value().startsWith("34")) {
            throw new IllegalArgumentException("不是安徽省的行政区划代码 / not an Anhui code: " + code);
        }
        if (code.isProvince()) {
            throw new IllegalArgumentException("须为市或县（区）代码 / a city or county code is needed, got the province " + code);
        }
        return code.city();
    }
}
