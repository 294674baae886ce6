package org.relief.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.ledger.Ledger;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.engine.DeterminationRequest;

/**
 * The contract every {@link Ledger} keeps (the temporary-assistance ledger), as a test class a
 * store's authors extend with one factory method, like {@link CaseStoreContract}.
 */
public abstract class LedgerContract {
    private static final ReliefEngine ENGINE = ReliefEngine.create(RuleModules.of());
    private Ledger ledger;

    /** A new, empty ledger for one test. */
    protected abstract Ledger newLedger();

    @BeforeEach
    void freshLedger() {
        ledger = newLedger();
    }

    private LedgerGrant grant(String county, String date, String amount) {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1980, 1, 1)).noIncome().build());
        Event e = Event.of(EventKind.ACCIDENT, EventType.EXPENDITURE).withRequested(Money.yuan(amount)).withMember("p1");
        var d = ENGINE.determine(DeterminationRequest.builder(AdminCode.of(county), LocalDate.parse(date), ProgramId.TEMPORARY, h)
                .event(e).build());
        return new LedgerGrant(ledger.nextId(AdminCode.of(county)), "g", AdminCode.of(county), ProgramId.TEMPORARY,
                LocalDate.parse(date), h, e, Money.yuan(amount), ApprovalLevel.COUNTY, false, Map.of(), List.of(), d);
    }

    /** Ids are never given twice. */
    @Test
    public void required_idsAreNeverGivenTwice() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(ids.add(ledger.nextId(AdminCode.NATIONAL)));
        }
    }

    /** A recorded grant is found again, equal; recording an id twice is refused and changes nothing. */
    @Test
    public void required_recordedGrantIsFoundEqual_andAppendOnly() {
        LedgerGrant g = grant("000000", "2024-03-01", "300.00");
        ledger.record(g);
        assertEquals(Optional.of(g), ledger.find(g.id()));
        assertThrows(RuntimeException.class, () -> ledger.record(g));
        try (Stream<LedgerGrant> s = ledger.inYear(AdminCode.NATIONAL, 2024)) {
            assertEquals(1, s.count());
        }
    }

    /** The grants of a county and calendar year, and only those, in the order recorded. */
    @Test
    public void required_grantsOfACountyAndYear_inTheOrderRecorded() {
        LedgerGrant a = grant("000000", "2024-03-01", "100.00");
        LedgerGrant b = grant("000000", "2024-12-31", "200.00");
        LedgerGrant c = grant("000000", "2025-01-01", "300.00");
        ledger.record(a);
        ledger.record(b);
        ledger.record(c);
        try (Stream<LedgerGrant> s = ledger.inYear(AdminCode.NATIONAL, 2024)) {
            assertEquals(List.of(a.id(), b.id()), s.map(LedgerGrant::id).toList());
        }
        try (Stream<LedgerGrant> s = ledger.inYear(AdminCode.NATIONAL, 2025)) {
            assertEquals(List.of(c.id()), s.map(LedgerGrant::id).toList());
        }
        try (Stream<LedgerGrant> s = ledger.inYear(AdminCode.of("371502"), 2024)) {
            assertEquals(0, s.count());
        }
    }
}
