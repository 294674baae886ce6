package org.relief.server.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored case: the core {@code Case} (every step with its determination and trace) as its
 * snapshot JSON, with the columns lists filter and sort on (county, state, program, the next
 * deadline for the caseworker's queue). {@code STEPS} is the number of steps stored: a step is
 * appended only onto the case it was taken on, and each step row is unique per case and index.
 */
@Entity
@Table(name = "RELIEF_CASE", indexes = {@Index(name = "CASE_COUNTY_ID", columnList = "COUNTY,ID"),
        @Index(name = "CASE_NEXT_DUE", columnList = "NEXT_DUE"), @Index(name = "CASE_REFERENCE", columnList = "COUNTY,REFERENCE")})
public class CaseEntity {
    @Id
    private Long id;

    @Column(name = "COUNTY", length = 6, nullable = false)
    private String county;

    @Column(name = "REFERENCE", length = 64, nullable = false)
    private String reference;

    @Column(name = "PROGRAM", length = 20, nullable = false)
    private String program;

    @Column(name = "STATE", length = 20, nullable = false)
    private String state;

    @Column(name = "NEXT_DUE")
    private LocalDate nextDue;

    @Column(name = "NEXT_DUE_NAME", length = 30)
    private String nextDueName;

    @Column(name = "STEPS", nullable = false)
    private int steps;

    @Lob
    @Column(name = "SNAPSHOT", nullable = false)
    private String snapshot;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected CaseEntity() {
    }

    public CaseEntity(long id, String county, String reference, String program) {
        this.id = id;
        this.county = county;
        this.reference = reference;
        this.program = program;
    }

    public Long getId() { return id; }
    public String getCounty() { return county; }
    public String getReference() { return reference; }
    public String getProgram() { return program; }
    public String getState() { return state; }
    public LocalDate getNextDue() { return nextDue; }
    public String getNextDueName() { return nextDueName; }
    public int getSteps() { return steps; }
    public String getSnapshot() { return snapshot; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** Stores the case's new state (its snapshot and the columns derived from it). */
    public void update(String state, LocalDate nextDue, String nextDueName, int steps, String snapshot, Instant at) {
        this.state = state;
        this.nextDue = nextDue;
        this.nextDueName = nextDueName;
        this.steps = steps;
        this.snapshot = snapshot;
        this.updatedAt = at;
    }
}
