/**
 * The national baseline (全国, region {@code 000000}): one class per catalogue id, named after it
 * ({@code Na02DibaoEligibility} realises NA-02), registered by {@link org.relief.core.rules.national.NationalBaseline}.
 * Regional modules reuse these classes with their own parameters and citations instead of copying them.
 */
package org.relief.core.rules.national;
