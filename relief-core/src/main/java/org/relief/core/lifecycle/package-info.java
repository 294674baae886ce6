/**
 * The case lifecycle (案件办理): applications, the procedure with its working-day deadlines,
 * decisions, reviews and termination, as a pure function {@link org.relief.core.lifecycle.Lifecycle}
 * of the steps, the standards and the national calendar; the store port
 * {@link org.relief.core.lifecycle.CaseStore} with an in-memory implementation; and the SPI of
 * regional procedure rules ({@link org.relief.core.lifecycle.CaseRule} in the case slots).
 */
package org.relief.core.lifecycle;
