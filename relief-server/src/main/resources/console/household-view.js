// A case's verified household as the server answers it (GET /api/v1/cases/{id}: every version, the
// base one and those from a month on), and the entitlement by month read off the case's steps.

import { h } from './dom.js';
import { tx, cx, fx, money } from './i18n.js';

function incomes(m) {
  if (!m.incomes) {
    return tx(h('span', { class: 'unknown' }), 'incomeUnknown'); // absent is unknown, never zero
  }
  if (!m.incomes.length) {
    return tx(h('span'), 'noIncome');
  }
  return h('ul', { class: 'plain' }, ...m.incomes.map((i) => h('li', {}, cx(h('span'), i.kind), ' ', money(i.monthly))));
}

function members(household) {
  return h('table', { class: 'members' },
    h('thead', {}, h('tr', {}, ...['memberId', 'relation', 'birthDate', 'idNumberShort', 'incomes']
      .map((k) => tx(h('th', { scope: 'col' }), k)))),
    h('tbody', {}, ...household.members.map((m) => h('tr', { dataset: { member: m.id } },
      h('th', { scope: 'row' }, m.id),
      h('td', {}, m.relation ? cx(h('span'), m.relation) : '—'),
      h('td', {}, m.birthDate || '—'),
      h('td', {}, m.idNumber ? h('code', {}, m.idNumber) : '—'),
      h('td', {}, incomes(m))))));
}

/** The versions of the verified household, the last one (in force now) first and open. */
export function households(versions) {
  const list = [...versions].reverse();
  return h('section', { class: 'households' }, h('h3', { i18n: 'verifiedHousehold' }),
    ...list.map((v, i) => h('details', { class: 'household-version', open: i === 0 ? true : undefined,
      dataset: { source: v.source, from: v.from || '' } },
    h('summary', {}, cx(h('span'), v.source), ' · ',
      v.from ? fx(h('span'), 'versionFrom', { m: v.from }) : tx(h('span'), 'versionBase'),
      v.household.residence ? [' · ', cx(h('span'), v.household.residence)] : null),
    members(v.household))));
}

function monthBefore(ym) {
  const [y, m] = ym.split('-').map(Number);
  return m === 1 ? (y - 1) + '-12' : y + '-' + String(m - 1).padStart(2, '0');
}

function monthAfter(iso) {
  const [y, m] = iso.slice(0, 7).split('-').map(Number);
  return m === 12 ? (y + 1) + '-01' : y + '-' + String(m + 1).padStart(2, '0');
}

/**
 * The entitlement by month as the case's answer states it: from the approving decision, the month
 * payment starts (paymentFrom) with that decision's amount; from each later review that found the
 * household eligible, the month after the review with the review's amount (LIFECYCLE's keep/adjust:
 * the new household counts from the month after); until the next period, or the last month paid
 * (paymentUntil), or open-ended. Nothing is computed that the answer does not carry.
 */
export function entitlementPeriods(c) {
  if (!c.paymentFrom) {
    return [];
  }
  const periods = [];
  for (const s of c.steps) {
    const d = s.determination;
    if (!d || d.outcome !== 'eligible' || d.monthlyAmount === undefined) {
      continue;
    }
    if (s.do === 'decide') {
      periods.push({ from: c.paymentFrom, amount: d.monthlyAmount, lines: d.lines || {}, step: s });
    } else if (s.do === 'review' && periods.length) {
      periods.push({ from: monthAfter(s.date), amount: d.monthlyAmount, lines: d.lines || {}, step: s });
    }
  }
  periods.forEach((p, i) => {
    p.until = i + 1 < periods.length ? monthBefore(periods[i + 1].from) : c.paymentUntil || null;
  });
  return periods;
}

/** The entitlement section. */
export function entitlement(c) {
  const periods = entitlementPeriods(c);
  return h('section', { class: 'entitlement' }, h('h3', { i18n: 'entitlement' }),
    periods.length ? h('table', { class: 'periods' },
      h('thead', {}, h('tr', {}, ...['months', 'monthlyAmount', 'lines', 'timeline'].map((k) => tx(h('th', { scope: 'col' }), k)))),
      h('tbody', {}, ...periods.map((p) => h('tr', { dataset: { from: p.from } },
        h('th', { scope: 'row' }, p.from, ' – ', p.until ? p.until : tx(h('span'), 'openEndedMonth')),
        h('td', { class: 'num amount-cell' }, money(p.amount)),
        h('td', {}, h('ul', { class: 'plain' }, ...Object.entries(p.lines).map(([k, v]) => h('li', {}, cx(h('span'), k), ' ', money(v))))),
        h('td', {}, cx(h('span'), p.step.do), ' ', p.step.date)))))
      : h('p', { class: 'hint', i18n: 'entitlementNone' }));
}
