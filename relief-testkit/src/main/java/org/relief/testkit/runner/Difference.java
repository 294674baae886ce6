package org.relief.testkit.runner;

/**
 * One expected key whose actual value differs.
 *
 * @param key      the {@code expect} key, e.g. {@code monthlyAmount} or {@code lines.base}
 * @param expected what the case expects, as written
 * @param actual   what was answered ({@code (absent)} when the answer has no such value)
 */
public record Difference(String key, String expected, String actual) {
    /** "monthlyAmount: expected 1225.00, actual 1224.00". */
    @Override
    public String toString() {
        return key + ": expected " + expected + ", actual " + actual;
    }
}
