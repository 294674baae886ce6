package org.relief.core.spi;

/**
 * One rule of the catalogue as the engine applies it: a small named policy that reads the
 * {@link Evaluation} and records its findings there (eligibility, amount lines, reasons, missing
 * inputs). It never throws for a business outcome; it returns what it did, for the trace, or
 * {@link Applied#notApplicable()} when it does not apply to this case (then no trace entry).
 */
@FunctionalInterface
public interface Rule {
    Applied apply(Evaluation evaluation);
}
