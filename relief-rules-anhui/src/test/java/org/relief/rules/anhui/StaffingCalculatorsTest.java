package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.model.AdminCode;
import org.relief.rules.anhui.ServiceStations.Area;
import org.relief.rules.anhui.ServiceStations.Requirement;

/** AH-08 (十一) assistants and AH-09 (十二) service stations. */
class StaffingCalculatorsTest {
    @Test
    void AH08_oneAssistantPer3000Residents_from3000_atMost3() {
        assertEquals(0, AssistantStaffing.assistants(0));
        assertEquals(0, AssistantStaffing.assistants(2999));
        assertEquals(1, AssistantStaffing.assistants(3000)); // "3000人以上" includes 3000
        assertEquals(1, AssistantStaffing.assistants(5999));
        assertEquals(2, AssistantStaffing.assistants(6000));
        assertEquals(3, AssistantStaffing.assistants(9000));
        assertEquals(3, AssistantStaffing.assistants(20000)); // 最多不超过3名
        assertThrows(IllegalArgumentException.class, () -> AssistantStaffing.assistants(-1));
    }

    @Test
    void AH09_north100_includingTheThreshold() {
        AdminCode fengtai = AdminCode.of("340421"); // 凤台县, 淮南 (皖北)
        assertEquals(Optional.of(Area.NORTH), ServiceStations.areaOf(fengtai));
        assertEquals(Requirement.NOT_REQUIRED, ServiceStations.requirement(fengtai, 99));
        assertEquals(Requirement.REQUIRED, ServiceStations.requirement(fengtai, 100));
        for (String city : new String[] {"340600", "341600", "341300", "340300", "341200", "340400"}) {
            assertEquals(Optional.of(Area.NORTH), ServiceStations.areaOf(AdminCode.of(city)), city);
        }
    }

    @Test
    void AH09_south50_includingTheThreshold() {
        AdminCode guichi = AdminCode.of("341702"); // 贵池区, 池州 (皖南)
        assertEquals(Requirement.NOT_REQUIRED, ServiceStations.requirement(guichi, 49));
        assertEquals(Requirement.REQUIRED, ServiceStations.requirement(guichi, 50));
        for (String city : new String[] {"340200", "340500", "340700", "341700", "341800", "341000"}) {
            assertEquals(Optional.of(Area.SOUTH), ServiceStations.areaOf(AdminCode.of(city)), city);
        }
    }

    @Test
    void AH09_otherCities_noThresholdInTheDocument() {
        for (String code : new String[] {"340104", "340800", "341102", "341500"}) { // 合肥, 安庆, 滁州, 六安
            assertEquals(Requirement.NO_THRESHOLD_IN_DOCUMENT, ServiceStations.requirement(AdminCode.of(code), 500), code);
        }
    }

    @Test
    void AH09_invalidInputs() {
        assertThrows(IllegalArgumentException.class, () -> ServiceStations.requirement(AdminCode.of("340000"), 10));
        assertThrows(IllegalArgumentException.class, () -> ServiceStations.requirement(AdminCode.of("411000"), 10));
        assertThrows(IllegalArgumentException.class, () -> ServiceStations.requirement(AdminCode.of("340400"), -1));
    }
}
