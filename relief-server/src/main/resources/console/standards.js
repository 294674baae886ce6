// Page (e), standards: what is in force for a county on a date (GET /api/v1/standards), each value
// with its provenance, and its history — every publication through this server for the same key in
// the county, its city, its province or nationally (GET /api/v1/standards/history, open like the
// values themselves). County approvers and administrators also see the form that publishes a new
// dated value (POST /api/v1/standards), with the server's errors beside the fields they name.

import { h, field, input, select } from './dom.js';
import { tx, cx, apply, money, hasLabel, isoToday } from './i18n.js';
import { call, query, Problem } from './api.js';
import { clear, showProblem } from './marks.js';
import { hasRole, homeArea } from './session.js';

/** The areas whose values apply to a code: itself, its city, its province, the nation. */
export function chain(code) {
  const out = [code];
  if (!code.endsWith('00')) {
    out.push(code.slice(0, 4) + '00');
  }
  if (!code.endsWith('0000')) {
    out.push(code.slice(0, 2) + '0000');
  }
  if (code !== '000000') {
    out.push('000000');
  }
  return [...new Set(out)];
}

function level(area) {
  if (area === '000000') {
    return 'levelNational';
  }
  return area.endsWith('0000') ? 'levelProvince' : area.endsWith('00') ? 'levelCity' : 'levelCounty';
}

function valueText(s) {
  return s.unit === 'number' ? s.value : money(s.value);
}

function unitKey(unit) {
  return unit === 'monthly' ? 'unitMonthly' : unit === 'yearly' ? 'unitYearly' : 'unitNumber';
}

function period(s) {
  return h('span', { class: 'period' }, s.effectiveFrom, ' – ', s.until ? s.until : tx(h('span'), 'openEnded'));
}

function provenance(s) {
  const parts = [];
  const add = (key, v) => {
    if (v) {
      parts.push(h('span', { class: 'prov' }, tx(h('span', { class: 'k' }), key), ' ', v));
    }
  };
  add('documentNumber', s.documentNumber);
  add('clause', s.clause);
  add('issuer', s.issuer);
  add('published', s.published);
  add('source', s.source);
  return h('div', { class: 'provenance' }, ...parts);
}

function historyCell(key, history) {
  const rows = history.filter((p) => p.key === key)
    .sort((a, b) => (a.effectiveFrom + a.area).localeCompare(b.effectiveFrom + b.area));
  if (!rows.length) {
    return h('p', { class: 'no-history hint', i18n: 'stdNoHistory' });
  }
  return h('details', { class: 'history' }, h('summary', {}, tx(h('span'), 'stdHistory'), ' (' + rows.length + ')'),
    h('ol', {}, ...rows.map((p) => h('li', {}, h('strong', {}, valueText(p)), ' · ', p.area, ' · ', period(p),
      provenance(p)))));
}

function table(answer, history) {
  if (!answer.standards.length) {
    return h('p', { i18n: 'stdNone' });
  }
  return h('table', { class: 'standards' },
    h('caption', {}, answer.code, ' · ', answer.date),
    h('thead', {}, h('tr', {}, ...['stdKey', 'stdValue', 'stdArea', 'stdPeriod', 'stdSource', 'stdHistory']
      .map((k) => tx(h('th', { scope: 'col' }), k)))),
    h('tbody', {}, ...answer.standards.map((s) => h('tr', { dataset: { key: s.key } },
      h('th', { scope: 'row' }, hasLabel(s.key) ? [cx(h('span', { class: 'key-label' }), s.key), h('br')] : null,
        h('code', {}, s.key)),
      h('td', { class: 'num' }, h('span', { class: 'value' }, valueText(s)), ' ', tx(h('span', { class: 'unit' }), unitKey(s.unit))),
      h('td', { class: 'area' }, s.area, ' ', tx(h('span', { class: 'level' }), level(s.area))),
      h('td', {}, period(s)),
      h('td', {}, provenance(s)),
      h('td', {}, historyCell(s.key, history))))));
}

function publishForm(onDone) {
  const unit = select(['monthly', 'yearly', 'number'], null, (o, c) => tx(o, unitKey(c)));
  const f = h('form', { class: 'publish', novalidate: true, method: 'post' },
    h('fieldset', {}, h('legend', { i18n: 'publishTitle' }),
      h('div', { class: 'grid' },
        field('key', 'publishKey', input(undefined, { class: 'wide', spellcheck: 'false' })),
        field('area', 'publishArea', input('code')),
        field('effectiveFrom', 'effectiveFrom', input('date')),
        field('until', 'untilDate', input('date')),
        field('value', 'standardValue', input('amount')),
        field('unit', 'unit', unit),
        field('documentNumber', 'documentNumber', input(undefined, { class: 'wide' })),
        field('issuer', 'issuer', input(undefined, { class: 'wide' })),
        field('published', 'published', input('date')),
        field('source', 'source', input(undefined, { class: 'wide' }))),
      h('div', { class: 'summary-errors', role: 'alert', hidden: true }),
      h('p', { class: 'done', role: 'status' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', i18n: 'publishSubmit' }))));
  f.querySelector('[data-path="area"] input').value = homeArea();
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(f);
    const summary = f.querySelector('.summary-errors');
    summary.replaceChildren();
    summary.hidden = true;
    const body = {};
    for (const k of ['key', 'area', 'effectiveFrom', 'until', 'value', 'unit', 'documentNumber', 'issuer', 'published', 'source']) {
      const v = f.querySelector('[data-path="' + k + '"] input, [data-path="' + k + '"] select').value.trim();
      if (v) {
        body[k] = v;
      }
    }
    try {
      const stored = await call('POST', '/api/v1/standards', body);
      const done = f.querySelector('.done');
      done.replaceChildren(tx(h('span'), 'publishDone'), ' ', stored.key, ' ', stored.area, ' ', valueText(stored));
      onDone(stored);
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      showProblem(f, problem, summary);
    }
  });
  return f;
}

/** Renders the page into {@code main}. */
export function render(main) {
  const out = h('div', { class: 'std-result', 'aria-live': 'polite' });
  const summary = h('div', { class: 'summary-errors', role: 'alert', hidden: true });
  const code = input('code', { name: 'code' });
  code.value = homeArea();
  const date = input('date', { name: 'date' });
  date.value = isoToday();
  const form = h('form', { class: 'lookup', novalidate: true, method: 'post' },
    h('div', { class: 'grid' }, field('code', 'stdCode', code), field('date', 'date', date, 'isoHint')),
    summary,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', i18n: 'stdQuery' })));
  const look = async () => {
    clear(form);
    summary.replaceChildren();
    summary.hidden = true;
    try {
      const c = code.value.trim();
      const answer = await call('GET', '/api/v1/standards' + query({ code: c, date: date.value.trim() }));
      const history = (await Promise.all(chain(answer.code).map((a) => call('GET', '/api/v1/standards/history'
        + query({ area: a }))))).flat();
      out.replaceChildren(table(answer, history));
      apply(out);
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      out.replaceChildren();
      showProblem(form, problem, summary);
    }
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); look(); });
  main.replaceChildren(h('h2', { i18n: 'stdTitle' }), h('p', { class: 'intro', i18n: 'stdIntro' }), form, out);
  if (hasRole('countyApprover', 'admin')) {
    main.append(publishForm(() => { if (code.value.trim()) { look(); } }));
  }
  apply(main);
  if (code.value) {
    look();
  }
}

