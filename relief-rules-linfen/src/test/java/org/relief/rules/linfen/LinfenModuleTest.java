package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.model.Event;
import org.relief.core.spi.Citation;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;

class LinfenModuleTest {
    private static LoadedModule loaded() {
        return RuleModules.of(new LinfenModule()).byId("linfen").orElseThrow();
    }

    @Test
    void catalogue_declaresEveryIdLF01toLF16_withTheDocumentNumber() {
        Map<String, Citation> catalogue = loaded().catalogue();
        var expected = IntStream.rangeClosed(1, 16).mapToObj(i -> String.format("LF-%02d", i)).collect(Collectors.toSet());
        assertEquals(expected, catalogue.keySet());
        catalogue.values().forEach(c -> assertEquals("临社救办发〔2015〕3号", c.document()));
        assertEquals(Citation.Kind.PROCEDURE, catalogue.get("LF-14").kind());
        assertEquals(Citation.Kind.PROCEDURE, catalogue.get("LF-02").kind());
        assertEquals(Citation.Kind.CALCULATOR, catalogue.get("LF-10").kind());
    }

    @Test
    void metadata_idVersionNameCodesValidity() {
        LinfenModule m = new LinfenModule();
        assertEquals("linfen", m.id());
        assertEquals("0.1.0", m.version());
        assertEquals("临汾市", m.name());
        assertEquals(java.util.Set.of(AdminCode.of("141000")), m.adminCodes());
        assertEquals(LocalDate.of(2015, 10, 20), m.validity().from());
        assertTrue(m.validity().until().isEmpty());
    }

    @Test
    void serviceLoader_findsTheModule() {
        assertTrue(RuleModules.discover().byId("linfen").isPresent());
    }

    @Test
    void LF09_capsAreShippedAsDocumentFigures_withoutStaleness() {
        var table = loaded().standards();
        Optional<PublishedStandard> person = table.inForce(StandardKey.TEMPORARY_PERSON_CAP, AdminCode.of("141002"),
                LocalDate.of(2040, 1, 1));
        Optional<PublishedStandard> household = table.inForce(StandardKey.TEMPORARY_HOUSEHOLD_CAP, AdminCode.of("141081"),
                LocalDate.of(2015, 10, 20));
        assertEquals(0, person.orElseThrow().value().compareTo(new java.math.BigDecimal("5000")));
        assertEquals(0, household.orElseThrow().value().compareTo(new java.math.BigDecimal("10000")));
        // no published dibao or tekun value found for 临汾: nothing shipped
        assertTrue(table.inForce(StandardKey.DIBAO_URBAN, AdminCode.of("141000"), LocalDate.of(2020, 1, 1)).isEmpty());
        assertTrue(table.inForce(StandardKey.MINIMUM_WAGE, AdminCode.of("141000"), LocalDate.of(2015, 1, 1)).isEmpty());
    }

    @Test
    void validity_dayBeforeIsRefused_countyCodesResolve() {
        Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(LocalDate.of(1970, 1, 1)).build());
        Event disaster = Event.of(EventKind.DISASTER, EventType.EMERGENCY);
        Determination before = Fixtures.ENGINE.determine(org.relief.core.engine.DeterminationRequest
                .builder(Fixtures.HOUMA, LocalDate.of(2015, 10, 19), ProgramId.DISASTER, h).event(disaster).build());
        assertEquals(RefusalCode.DATE_OUT_OF_RANGE, before.refusal().orElseThrow().code());
        Determination first = Fixtures.ENGINE.determine(org.relief.core.engine.DeterminationRequest
                .builder(Fixtures.YAODU, LocalDate.of(2015, 10, 20), ProgramId.DISASTER, h).event(disaster).build());
        assertTrue(first.isEligible());
        assertEquals("linfen", first.versions().module());
    }
}
