// A determination as a caseworker reads it: outcome, amount, each amount line, reasons, missing
// inputs, measures, procedure, and the trace rule by rule (id, 文号 and clause from the modules'
// catalogue, inputs, result), then the versions and standards used. A screening is a table of the
// programmes with each determination below it.

import { h } from './dom.js';
import { tx, cx, bx, money, hasLabel } from './i18n.js';

const OUTCOMES = { eligible: 'eligible', ineligible: 'ineligible', undetermined: 'undetermined' };

/** Whether a standard key holds yuan (the server's rule: *.monthly, *Cap, *Limit, dibao.supplement.*). */
export function isMoneyKey(key) {
  return key.endsWith('.monthly') || key.endsWith('.yearly') || key.endsWith('Cap') || key.endsWith('Limit')
    || key.startsWith('dibao.supplement.');
}

function section(labelKey, ...content) {
  return h('section', { class: 'part part-' + labelKey }, tx(h('h4'), labelKey), ...content);
}

function yesNo(b) {
  return tx(h('span'), b ? 'yes' : 'no');
}

function amountBlock(d) {
  const out = [];
  if (d.monthlyAmount !== undefined) {
    out.push(h('p', { class: 'amount' }, tx(h('span', { class: 'amount-label' }), 'monthlyAmount'), ' ',
      h('strong', { class: 'amount-value' }, money(d.monthlyAmount))));
  }
  if (d.amount !== undefined) {
    out.push(h('p', { class: 'amount' }, tx(h('span', { class: 'amount-label' }), 'oneOffAmount'), ' ',
      h('strong', { class: 'amount-value' }, money(d.amount))));
  }
  if (d.amountMin !== undefined || d.amountMax !== undefined) {
    out.push(h('p', { class: 'amount-range' }, tx(h('span'), 'amountRange'), ' ',
      money(d.amountMin || '0'), ' – ', d.amountMax !== undefined ? money(d.amountMax) : '…'));
  }
  return out;
}

function linesTable(lines) {
  const codes = Object.keys(lines || {});
  if (!codes.length) {
    return null;
  }
  return section('lines', h('table', { class: 'lines' },
    h('thead', {}, h('tr', {}, tx(h('th', { scope: 'col' }), 'lineCode'), tx(h('th', { scope: 'col', class: 'num' }), 'amount'))),
    h('tbody', {}, ...codes.map((c) => h('tr', { dataset: { line: c } },
      h('th', { scope: 'row' }, hasLabel(c) ? [cx(h('span'), c), ' '] : null, h('code', {}, c)),
      h('td', { class: 'num' }, money(lines[c])))))));
}

function reasonsList(reasons) {
  if (!reasons || !reasons.length) {
    return null;
  }
  return section('reasons', h('ul', { class: 'reasons' }, ...reasons.map((r) => h('li', {},
    bx(h('span'), r.message, r.messageEn), ' ', h('code', {}, r.code + (r.rule ? ' · ' + r.rule : ''))))));
}

function missingList(missing, goTo) {
  if (!missing || !missing.length) {
    return null;
  }
  return section('missing', h('ul', { class: 'missing-list' }, ...missing.map((p) => h('li', {},
    h('button', { type: 'button', class: 'link', onclick: () => goTo(p) }, p)))));
}

function measuresList(measures) {
  if (!measures || !measures.length) {
    return null;
  }
  return section('measures', h('ul', {}, ...measures.map((m) => h('li', {}, hasLabel(m) ? [cx(h('span'), m), ' '] : null,
    h('code', {}, m)))));
}

function procedureList(p) {
  if (!p) {
    return null;
  }
  const level = p.approvalLevel === 'county' ? 'county' : 'township';
  return section('procedure', h('dl', { class: 'procedure' },
    tx(h('dt'), 'democraticAppraisal'), h('dd', {}, yesNo(p.democraticAppraisal)),
    tx(h('dt'), 'approvalLevel'), h('dd', {}, tx(h('span'), level)),
    tx(h('dt'), 'publicNoticeDays'), h('dd', {}, String(p.publicNoticeDays)),
    tx(h('dt'), 'reviewIntervalMonths'), h('dd', {}, String(p.reviewIntervalMonths))));
}

/** 文号 and clause of a trace step: the catalogue's, else the citation as written. */
function citation(step, catalogue) {
  const c = catalogue[step.rule];
  if (c && c.document) {
    return h('p', { class: 'citation' }, tx(h('span', { class: 'k' }), 'document'), ' ', h('span', { class: 'doc' }, c.document),
      c.clause ? [' · ', tx(h('span', { class: 'k' }), 'clause'), ' ', h('span', { class: 'clause' }, c.clause)] : null);
  }
  return h('p', { class: 'citation' }, h('span', { class: 'doc' }, step.citation || ''));
}

/** The trace as a readable list: rule id and title, 文号 and clause, inputs, result. */
export function traceList(trace, catalogue) {
  if (!trace || !trace.length) {
    return null;
  }
  return section('trace', h('ol', { class: 'trace' }, ...trace.map((s) => {
    const inputs = Object.entries(s.inputs || {});
    return h('li', { class: 'step', dataset: { rule: s.rule } },
      h('p', { class: 'step-head' }, h('strong', { class: 'rule' }, s.rule), ' ', h('span', { class: 'title' }, s.title || ''),
        s.overrides ? h('span', { class: 'overrides' }, ' (', tx(h('span'), 'overrides'), ' ', s.overrides, ')') : null),
      citation(s, catalogue),
      inputs.length ? h('dl', { class: 'inputs' }, tx(h('dt', { class: 'caption' }), 'inputs'),
        ...inputs.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, h('code', {}, String(v)))])) : null,
      h('p', { class: 'step-result' }, tx(h('span', { class: 'k' }), 'ruleResult'), ' ', h('span', { class: 'value' }, s.result || '')));
  })));
}

function versionsBlock(v) {
  if (!v) {
    return null;
  }
  return h('details', { class: 'versions' }, tx(h('summary'), 'versions'),
    h('p', {}, tx(h('span'), 'engine'), ' ', v.engine, ' · ', tx(h('span'), 'module'), ' ', v.module || '', ' ', v.moduleVersion || ''),
    (v.standards || []).length ? h('ul', {}, ...v.standards.map((s) => h('li', {}, h('code', {}, s.key), ' ',
      isMoneyKey(s.key) ? money(s.value) : s.value, ' · ', s.area || '', ' ', s.effectiveFrom || '', ' · ',
      s.origin || '', ' · ', s.provenance || ''))) : null);
}

/** The outcome as a badge (its code kept in data-outcome). */
export function outcomeBadge(outcome) {
  return tx(h('span', { class: 'badge outcome-' + outcome, dataset: { outcome } }), OUTCOMES[outcome] || 'refused');
}

/** One determination; {@code goTo(path)} moves to a missing input's field. */
export function determination(d, catalogue, goTo) {
  return h('div', { class: 'determination', dataset: { outcome: d.outcome } },
    h('p', { class: 'outcome' }, tx(h('span', { class: 'k' }), 'outcome'), ' ', outcomeBadge(d.outcome)),
    ...amountBlock(d), linesTable(d.lines), reasonsList(d.reasons), missingList(d.missing, goTo),
    measuresList(d.measures), procedureList(d.procedure), traceList(d.trace, catalogue), versionsBlock(d.versions));
}

/** A refusal inside a screening (problem JSON of one programme). */
function refusal(p) {
  return h('div', { class: 'determination refused' }, h('p', { class: 'outcome' }, outcomeBadge('refused')),
    h('p', {}, bx(h('span'), p.detail || p.title, p.detailEn || p.titleEn), ' ', h('code', {}, p.code || '')));
}

/** A screening: the programmes in a table, each determination in its own disclosure. */
export function screening(s, catalogue, goTo) {
  const rows = s.determinations.map((d) => {
    const amount = d.monthlyAmount !== undefined ? money(d.monthlyAmount) : d.amount !== undefined ? money(d.amount) : '';
    return h('tr', { dataset: { program: d.program } }, h('th', { scope: 'row' }, cx(h('span'), d.program)),
      h('td', {}, outcomeBadge(d.refusal ? 'refused' : d.outcome)), h('td', { class: 'num' }, amount));
  });
  return h('div', { class: 'screening' },
    h('table', { class: 'programs' },
      h('thead', {}, h('tr', {}, tx(h('th', { scope: 'col' }), 'program'), tx(h('th', { scope: 'col' }), 'outcome'),
        tx(h('th', { scope: 'col', class: 'num' }), 'amount'))),
      h('tbody', {}, ...rows)),
    h('p', {}, tx(h('span', { class: 'k' }), 'eligiblePrograms'), ' ',
      s.eligiblePrograms.length ? s.eligiblePrograms.flatMap((p, i) => [i ? '、' : '', cx(h('span'), p)]) : tx(h('span'), 'noneEligible')),
    ...s.determinations.map((d) => h('details', { class: 'program-detail', dataset: { program: d.program },
      open: d.outcome === 'eligible' ? true : undefined },
    h('summary', {}, cx(h('span'), d.program), ' · ', outcomeBadge(d.refusal ? 'refused' : d.outcome)),
    d.refusal ? refusal(d.refusal) : determination(d, catalogue, goTo))));
}
