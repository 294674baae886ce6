package org.relief.core.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.model.AdminCode;

class StandardsTableTest {
    private static final StandardKey URBAN = StandardKey.DIBAO_URBAN;
    private static final Provenance SRC = Provenance.reportedBy("test");

    private static PublishedStandard at(String area, String from, String value) {
        return new PublishedStandard(URBAN, AdminCode.of(area), LocalDate.parse(from), Optional.empty(),
                new BigDecimal(value), StandardUnit.MONTHLY, SRC);
    }

    private static String valueOn(StandardsTable t, String code, String date) {
        return t.inForce(URBAN, AdminCode.of(code), LocalDate.parse(date)).map(s -> s.value().toPlainString()).orElse("none");
    }

    @Test
    void valueInForce_isTheLatestOnOrBeforeTheDate() {
        StandardsTable t = StandardsTable.of(at("371500", "2023-01-01", "871"), at("371500", "2024-01-01", "931"));
        assertEquals("none", valueOn(t, "371500", "2022-12-31"));
        assertEquals("871", valueOn(t, "371500", "2023-01-01"));
        assertEquals("871", valueOn(t, "371500", "2023-12-31"));
        assertEquals("931", valueOn(t, "371500", "2024-01-01"));
    }

    @Test
    void lookupWalksCountyCityProvince() {
        StandardsTable t = StandardsTable.of(at("340000", "2022-01-01", "600"), at("341100", "2022-07-01", "727"),
                at("341122", "2022-07-01", "740"));
        assertEquals("740", valueOn(t, "341122", "2022-08-01"), "county's own value first");
        assertEquals("727", valueOn(t, "341124", "2022-08-01"), "then the city's");
        assertEquals("600", valueOn(t, "340404", "2022-08-01"), "then the province's");
        assertEquals("600", valueOn(t, "341124", "2022-06-30"), "the city's is not yet in force");
    }

    @Test
    void until_endsAValue_andReportedValuesGoStale() {
        PublishedStandard reported = PublishedStandard.reported("dibao.urban.monthly", "371500", LocalDate.of(2024, 1, 1),
                "931", StandardUnit.MONTHLY, SRC);
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), reported.until(), "staleness limit of a reported value");
        StandardsTable t = StandardsTable.of(reported);
        assertEquals("931", valueOn(t, "371502", "2025-12-31"));
        assertEquals("none", valueOn(t, "371502", "2026-01-01"));
    }

    @Test
    void upperLayerWinsOnEqualDates_andLaterDatesStillApply() {
        StandardsTable defaults = StandardsTable.of(at("371500", "2024-01-01", "931"));
        StandardsTable published = StandardsTable.of(at("371500", "2024-01-01", "940"), at("371500", "2025-01-01", "980"));
        StandardsTable merged = published.over(defaults);
        assertEquals("940", valueOn(merged, "371500", "2024-06-01"));
        assertEquals("980", valueOn(merged, "371500", "2025-06-01"));
        assertEquals("931", valueOn(defaults, "371500", "2024-06-01"), "layers are immutable");
    }

    @Test
    void csv_readsWithProvenance_andAppliesStaleness() throws Exception {
        String csv = StandardsCsv.HEADER + "\n"
                + "# comment\n"
                + "dibao.urban.monthly,371500,2024-01-01,,931,monthly,reported,聊城晚报 2024-04-09,,,\n"
                + "temporary.person.annualCap,141000,2015-10-20,,5000,number,document,临社救办发〔2015〕3号,临社救办发〔2015〕3号,临汾市民政局,二(八)1\n";
        StandardsTable t = StandardsCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
        assertEquals(2, t.entries().size());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), t.entries().get(0).until());
        PublishedStandard cap = t.entries().get(1);
        assertEquals(Optional.empty(), cap.until(), "document figures do not go stale");
        assertEquals(Optional.of("二(八)1"), cap.provenance().clause());
        assertTrue(cap.provenance().describe().contains("临社救办发〔2015〕3号"));
    }

    @Test
    void csv_errorsNameTheLine() {
        String csv = StandardsCsv.HEADER + "\ndibao.urban.monthly,371500,2024-13-01,,931,monthly,reported,x,,,\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardsCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bad.csv"));
        assertTrue(e.getMessage().startsWith("bad.csv:2"), e.getMessage());
    }
}
