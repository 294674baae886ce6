// Page (b), the queue: the cases of the caller's jurisdiction by next deadline, as the server sorts
// them (GET /api/v1/cases?county=&state=&program=&dueBefore=&page=), filtered by county, state and
// programme. A deadline before the as-of date (today by default; the page's own field, since the
// server never reads a clock for it either) is overdue: the row in red and the word 逾期 beside it,
// so that colour is never the only sign.

import { h, field, input, select, button } from './dom.js';
import { tx, cx, fx, apply, isoToday } from './i18n.js';
import { call, query, Problem } from './api.js';
import { clear, showProblem } from './marks.js';
import { hasRole, CASE_OPENERS } from './session.js';

/** The states of a case, in the order of the procedure. */
export const STATES = ['applied', 'accepted', 'surveyed', 'proposed', 'active', 'refused', 'withdrawn', 'exiting', 'terminated'];
/** The programmes that have cases. */
export const CASE_PROGRAMS = ['dibao', 'tekun'];

/** Whether an ISO date lies before the as-of date (ISO strings compare as dates). */
export function isOverdue(due, asOf) {
  return Boolean(due) && Boolean(asOf) && due < asOf;
}

function row(item, asOf) {
  const late = isOverdue(item.nextDue, asOf);
  return h('tr', { class: late ? 'overdue' : undefined, dataset: { case: item.id, due: item.nextDue || '' } },
    h('th', { scope: 'row' }, h('a', { href: '#/case/' + encodeURIComponent(item.id), class: 'case-link' }, item.reference)),
    h('td', {}, cx(h('span'), item.program)),
    h('td', {}, cx(h('span', { class: 'state state-' + item.state }), item.state)),
    h('td', { class: 'due' }, item.nextDue ? [h('span', { class: 'due-date' }, item.nextDue), ' ',
      cx(h('span', { class: 'due-name' }), item.nextDueName),
      late ? [' ', tx(h('strong', { class: 'overdue-mark' }), 'overdue')] : null] : '—'),
    h('td', {}, item.region),
    h('td', { class: 'num' }, String(item.steps)),
    h('td', { class: 'recorded' }, item.updatedAt.slice(0, 19).replace('T', ' ')));
}

function table(answer, asOf) {
  if (!answer.items.length) {
    return h('p', { class: 'empty', i18n: 'noCases' });
  }
  return h('table', { class: 'queue' },
    h('thead', {}, h('tr', {}, ...['reference', 'program', 'state', 'nextDue', 'region', 'stepsCount', 'updatedAt']
      .map((k) => tx(h('th', { scope: 'col', class: k === 'stepsCount' ? 'num' : undefined }), k)))),
    h('tbody', {}, ...answer.items.map((i) => row(i, asOf))));
}

/** Renders the page into {@code main}. */
export function render(main) {
  const county = input('code', { name: 'county' });
  const state = select(STATES, 'allStates', (o, c) => cx(o, c));
  const program = select(CASE_PROGRAMS, 'allPrograms', (o, c) => cx(o, c));
  const dueBefore = input('date', { name: 'dueBefore' });
  const asOf = input('date', { name: 'asOf' });
  asOf.value = isoToday();
  const summary = h('div', { class: 'summary-errors', role: 'alert', hidden: true });
  const out = h('div', { class: 'queue-result', 'aria-live': 'polite' });
  const pager = h('div', { class: 'actions pager' });
  let page = 0;
  const form = h('form', { class: 'filters', novalidate: true, method: 'post' },
    h('div', { class: 'grid' }, field('county', 'countyOptional', county), field('state', 'state', state),
      field('program', 'program', program), field('dueBefore', 'dueBefore', dueBefore, 'isoHint'),
      field('asOf', 'asOf', asOf, 'isoHint')),
    summary,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', i18n: 'filter' })));
  const load = async () => {
    clear(form);
    summary.replaceChildren();
    summary.hidden = true;
    try {
      const q = query({ county: county.value.trim(), state: state.value, program: program.value,
        dueBefore: dueBefore.value.trim(), page });
      const answer = await call('GET', '/api/v1/cases' + q);
      out.replaceChildren(table(answer, asOf.value.trim()));
      out.dataset.query = q; // what the shown table answers (a test waits for its own filter)
      if (!performance.getEntriesByName('relief-queue-shown').length) {
        performance.mark('relief-queue-shown'); // the queue's first paint with its cases (docs/measurements.md)
      }
      pager.replaceChildren(page > 0 ? button('prevPage', () => { page -= 1; load(); }) : '',
        fx(h('span', { class: 'page-no' }), 'pageN', { n: page + 1 }),
        answer.more ? button('morePages', () => { page += 1; load(); }) : '');
      apply(out);
      apply(pager);
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      out.replaceChildren();
      delete out.dataset.query;
      pager.replaceChildren();
      showProblem(form, problem, summary);
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    page = 0;
    load();
  });
  // The way to a new case, for the roles that may open one (the server's route table for POST /api/v1/cases).
  const newCase = hasRole(...CASE_OPENERS)
    ? h('p', { class: 'actions' }, h('a', { href: '#/apply', class: 'button primary new-application', i18n: 'newApplication' })) : null;
  main.replaceChildren(h('h2', { i18n: 'queueTitle' }), h('p', { class: 'intro', i18n: 'queueIntro' }), newCase || '', form, out, pager);
  apply(main);
  load();
}
