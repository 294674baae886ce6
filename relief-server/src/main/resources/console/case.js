// Page (c), a case (GET /api/v1/cases/{id}): its summary (state, deadlines, notice, payment months,
// review date, reasons, integrity records), the entitlement by month, the verified household, the
// timeline of steps — each with its effective date (the step's own, entered by the caseworker) and
// when and by whom it was recorded, its determination and trace — and the steps the role may take.

import { h } from './dom.js';
import { tx, cx, bx, money, apply, isoToday } from './i18n.js';
import { call, Problem } from './api.js';
import { determination, traceList } from './result.js';
import { households, entitlement } from './household-view.js';
import { stepsSection } from './case-steps.js';
import { isOverdue } from './queue.js';

function dl(rows) {
  const items = rows.filter(([, v]) => v !== undefined && v !== null && v !== '');
  return h('dl', { class: 'facts' }, ...items.flatMap(([k, v, attrs]) => [tx(h('dt'), k), h('dd', attrs || {}, v)]));
}

const CLOSED_BY = { surveyStartBy: 'survey', proposalBy: 'propose', decisionBy: 'decide' };

function deadlines(c, today) {
  const entries = Object.entries(c.deadlines || {}).sort((a, b) => a[1].localeCompare(b[1]));
  if (!entries.length) {
    return null;
  }
  return h('ul', { class: 'plain deadlines' }, ...entries.map(([name, date]) => {
    // Overdue only while the step that closes it has not been taken (LIFECYCLE: survey closes surveyStartBy, propose
    // proposalBy, decide decisionBy); the other deadlines are shown for information, as the queue shows them.
    const closer = CLOSED_BY[name];
    const late = Boolean(closer) && !c.steps.some((s) => s.do === closer) && isOverdue(date, today);
    return h('li', { class: late ? 'overdue' : undefined, dataset: { deadline: name } }, cx(h('span'), name), ' ', h('span', { class: 'due-date' }, date),
      late ? [' ', tx(h('strong', { class: 'overdue-mark' }), 'overdue')] : null);
  }));
}

function reasons(list) {
  return list && list.length ? h('ul', { class: 'plain' }, ...list.map((r) => h('li', {}, bx(h('span'), r.message, r.messageEn), ' ',
    h('code', {}, r.code + (r.rule ? ' · ' + r.rule : ''))))) : null;
}

function records(list) {
  return list && list.length ? h('ul', { class: 'plain' }, ...list.map((r) => h('li', {}, r.date, ' ', bx(h('span'), r.message, r.messageEn),
    ' ', h('code', {}, r.code + ' · ' + r.rule)))) : null;
}

function summary(c) {
  const today = isoToday();
  return h('section', { class: 'case-summary' }, h('h3', { i18n: 'summary' }), dl([
    ['state', cx(h('span', { class: 'state state-' + c.state, dataset: { state: c.state } }), c.state)],
    ['program', cx(h('span'), c.program)],
    ['region', c.region],
    ['approvalLevel', c.approvalLevel ? tx(h('span'), c.approvalLevel) : null],
    ['deadlines', deadlines(c, today)],
    ['noticeEnds', c.noticeEnds],
    ['paymentFrom', c.paymentFrom],
    ['paymentUntil', c.paymentUntil],
    ['nextReviewBy', c.nextReviewBy],
    ['keptMonthly', c.keptMonthly ? money(c.keptMonthly) : null],
    ['reasons', reasons(c.reasons)],
    ['records', records(c.records)],
  ]));
}

function timeline(c, catalogue) {
  return h('section', { class: 'timeline' }, h('h3', { i18n: 'timeline' }),
    h('ol', { class: 'steps' }, ...c.steps.map((s) => h('li', { class: 'case-step', dataset: { step: s.do, index: String(s.index) } },
      h('p', { class: 'step-line' }, h('strong', { class: 'step-name' }, cx(h('span'), s.do)), ' · ',
        tx(h('span', { class: 'k' }), 'effectiveDate'), ' ', h('span', { class: 'effective' }, s.date), ' · ',
        tx(h('span', { class: 'k' }), 'recordedAt'), ' ', h('span', { class: 'recorded' }, (s.recordedAt || '').slice(0, 19).replace('T', ' ')),
        ' · ', tx(h('span', { class: 'k' }), 'recordedBy'), ' ', h('span', { class: 'by' }, s.recordedBy || '')),
      s.determination ? h('p', { class: 'step-outcome' }, tx(h('span', { class: 'k' }), 'outcome'), ' ',
        cx(h('span'), s.determination.outcome), s.determination.monthlyAmount !== undefined
          ? [' · ', tx(h('span', { class: 'k' }), 'monthlyAmount'), ' ', h('strong', { class: 'step-amount' }, money(s.determination.monthlyAmount))] : null) : null,
      s.trace && s.trace.length ? h('details', { class: 'step-trace' }, tx(h('summary'), 'stepTrace'), traceList(s.trace, catalogue)) : null,
      s.determination ? h('details', { class: 'step-determination' }, tx(h('summary'), 'stepDetermination'),
        determination(s.determination, catalogue, () => {})) : null))));
}

/** Renders the case {@code id} into {@code main}. */
export async function render(main, ctx, id) {
  const show = (c) => {
    // After a step the case is read again (the server's answer is the truth), its outcome said in the status line.
    const done = (step, after) => load().then(() => {
      const s = main.querySelector('.case-page .done');
      if (s) {
        s.replaceChildren(tx(h('span'), 'stepDone'), ' · ', cx(h('span'), step), ' · ', cx(h('span'), after.state));
        apply(s);
      }
    });
    main.replaceChildren(h('div', { class: 'case-page', dataset: { case: c.id } },
      h('p', {}, h('a', { href: '#/queue', i18n: 'backToQueue' })),
      h('h2', {}, tx(h('span'), 'caseTitle'), ' ', h('span', { class: 'case-reference' }, c.reference)),
      h('p', { class: 'done', role: 'status' }),
      h('div', { class: 'case-layout' },
        h('div', { class: 'case-main' }, summary(c), entitlement(c), households(c.households || []), timeline(c, ctx.catalogue)),
        h('div', { class: 'case-side' }, stepsSection(c, done)))));
    apply(main);
  };
  const load = async () => {
    try {
      show(await call('GET', '/api/v1/cases/' + encodeURIComponent(id)));
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      main.replaceChildren(h('h2', { i18n: 'caseTitle' }),
        h('div', { class: 'summary-errors', role: 'alert' }, bx(h('p', { class: 'field-error' }), problem.detail || problem.title,
          problem.detailEn || problem.titleEn)), h('p', {}, h('a', { href: '#/queue', i18n: 'backToQueue' })));
      apply(main);
    }
  };
  await load();
}
