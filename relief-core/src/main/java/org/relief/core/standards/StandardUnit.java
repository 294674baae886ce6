package org.relief.core.standards;

/** How a published value is expressed. */
public enum StandardUnit {
    /** Yuan per person (or per item) per month. */
    MONTHLY,
    /** Yuan per year; a monthly key reads it divided by 12 exactly. */
    YEARLY,
    /** A plain number: a ratio, a multiplier, a count of months, a one-off cap in yuan. */
    NUMBER
}
