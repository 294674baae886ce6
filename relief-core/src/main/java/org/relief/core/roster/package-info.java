/**
 * The monthly payment roster (发放花名册): {@link org.relief.core.roster.Payroll} computes a county's
 * roster for a month over the case store — amounts, held cases, back-pay, the price subsidy (NA-14),
 * the payment calendar (安徽 AH-07) — and submits it once through the
 * {@link org.relief.core.roster.RosterStore} port.
 */
package org.relief.core.roster;
