// Page (d), the monthly roster of a county: a draft computed as of a date (POST /api/v1/rosters with
// submit false), the submitted one (GET /api/v1/rosters/{county}/{month}), each line with its case,
// programme, amount and whether it is cash; held cases and back-pay (arrears) highlighted and said in
// words; totals by line code (added up exactly, in fen) beside the server's total of the cash lines;
// the bank file as a download (the text/csv representation, fetched with the token and handed to
// the browser as a file); and the submission, after a confirmation dialog, by the county approver.

import { h, field, input, button } from './dom.js';
import { tx, cx, bx, fx, apply, money, fen, yuan, isoToday } from './i18n.js';
import { call, blob, Problem } from './api.js';
import { clear, showProblem } from './marks.js';
import { hasRole, homeArea } from './session.js';

/** The month before the one of an ISO date: the roster a county is preparing (YYYY-MM). */
function lastMonth(iso) {
  const [y, m] = iso.split('-').map(Number);
  return m === 1 ? (y - 1) + '-12' : y + '-' + String(m - 1).padStart(2, '0');
}

/** Totals by line code, exactly (fen), in the order the codes first appear. */
export function totalsByCode(entries) {
  const sums = new Map();
  for (const e of entries) {
    sums.set(e.code, (sums.get(e.code) || 0n) + fen(e.amount));
  }
  return [...sums].map(([code, f]) => [code, yuan(f)]);
}

function status(r) {
  const key = r.alreadySubmitted ? 'rosterAlready' : r.submitted ? 'rosterSubmitted' : 'rosterDraft';
  return tx(h('span', { class: 'badge roster-' + (r.submitted ? 'submitted' : 'draft'), dataset: { submitted: String(r.submitted) } }), key);
}

function lineNotes(e) {
  const notes = [];
  if (e.held) {
    notes.push(tx(h('strong', { class: 'held-mark' }), 'held'));
  }
  for (const x of e.reasons || []) {
    notes.push(h('span', { class: 'reason' }, bx(h('span'), x.message, x.messageEn), ' ', h('code', {}, x.code)));
  }
  if ((e.missing || []).length) {
    notes.push(h('span', {}, tx(h('span', { class: 'k' }), 'missing'), ' ', h('code', {}, e.missing.join(', '))));
  }
  if (e.refusal) {
    notes.push(h('code', {}, e.refusal));
  }
  if (e.arrears) {
    notes.push(h('span', { class: 'arrears-months' }, tx(h('span', { class: 'k' }), 'arrears'), ' ',
      e.arrears.map((a) => a.month + ' ' + money(a.amount)).join('，')));
  }
  return notes.flatMap((n, i) => (i ? [h('br'), n] : [n]));
}

function linesTable(r) {
  if (!r.entries.length) {
    return h('p', { class: 'empty', i18n: 'noLines' });
  }
  const totals = totalsByCode(r.entries);
  return h('table', { class: 'roster-lines' },
    h('thead', {}, h('tr', {}, ...['case', 'program', 'lineCode', 'amount', 'cash', 'reasons']
      .map((k) => tx(h('th', { scope: 'col', class: k === 'amount' ? 'num' : undefined }), k)))),
    h('tbody', {}, ...r.entries.map((e) => h('tr', {
      class: [e.held ? 'held' : '', e.code === 'arrears' || e.arrears ? 'arrears' : ''].join(' ').trim() || undefined,
      dataset: { case: e.case, line: e.code } },
    h('th', { scope: 'row' }, h('a', { href: '#/case/' + encodeURIComponent(e.case) }, e.reference)),
    h('td', {}, cx(h('span'), e.program)),
    h('td', {}, cx(h('span'), e.code)),
    h('td', { class: 'num' }, money(e.amount)),
    h('td', {}, tx(h('span'), e.cash ? 'cash' : 'inKind')),
    h('td', { class: 'notes' }, ...lineNotes(e))))),
    h('tfoot', {}, ...totals.map(([code, sum]) => h('tr', { class: 'code-total', dataset: { line: code } },
      h('th', { scope: 'row', colspan: 3 }, tx(h('span'), 'totalsByLine'), ' · ', cx(h('span'), code)),
      h('td', { class: 'num' }, money(sum)), h('td', { colspan: 2 }))),
    h('tr', { class: 'grand-total' }, h('th', { scope: 'row', colspan: 3 }, tx(h('span'), 'total'), ' (', tx(h('span'), 'cash'), ')'),
      h('td', { class: 'num roster-total' }, money(r.total)), h('td', { colspan: 2 }))));
}

function facts(r) {
  const rows = [['rosterCounty', r.region], ['rosterMonth', r.month], ['rosterDate', r.computedOn], ['cases', String(r.cases)],
    ['total', h('strong', { class: 'roster-total' }, money(r.total))]];
  if (r.held.length) {
    const reference = (id) => (r.entries.find((e) => e.case === id) || { reference: id }).reference; // the county's case number
    rows.push(['heldCases', h('span', { class: 'held-list' }, r.held.map(reference).join('、'))]);
  }
  if (r.dates) {
    for (const k of ['rosterDueBy', 'fundsDueBy', 'paymentDueBy']) {
      if (r.dates[k]) {
        rows.push([k, r.dates[k]]);
      }
    }
  }
  if (r.overpaid.length) {
    rows.push(['overpaid', r.overpaid.map((o) => o.case + ' ' + o.month + ' ' + money(o.amount)).join('，')]);
  }
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [tx(h('dt'), k), h('dd', { dataset: { fact: k } }, v)]));
}

/** The bank file of a submitted roster, fetched with the token and offered as a file (a blob: link). */
async function csvLink(r, into) {
  const file = await blob('/api/v1/rosters/' + encodeURIComponent(r.region) + '/' + encodeURIComponent(r.month), 'text/csv');
  const text = await file.text();
  const rows = text.split('\n').filter((l) => l.length).length;
  const a = h('a', { href: URL.createObjectURL(file), download: 'roster-' + r.region + '-' + r.month + '.csv', class: 'csv-link',
    dataset: { bytes: String(file.size), rows: String(rows) } }, tx(h('span'), 'csvDownload'), ' · ', fx(h('span'), 'csvRows', { n: rows }));
  into.replaceChildren(a);
  apply(into);
}

/** The confirmation before a submission: a modal dialog, Esc or 取消 cancels; resolves to true when confirmed. */
function confirmSubmit(r) {
  return new Promise((resolve) => {
    const ok = button('confirmSubmit', () => dialog.close('yes'), { class: 'primary', value: 'yes' });
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' },
      h('h3', { id: 'confirm-title', i18n: 'confirmTitle' }),
      h('p', {}, r.region, ' · ', r.month, ' · ', tx(h('span'), 'cases'), ' ', String(r.cases), ' · ', tx(h('span'), 'total'), ' ',
        h('strong', {}, money(r.total))),
      h('p', { i18n: 'confirmText' }),
      h('div', { class: 'actions' }, ok, button('cancel', () => dialog.close('no'))));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'yes');
    });
    document.body.append(dialog);
    apply(dialog);
    dialog.showModal();
    ok.focus();
  });
}

/** Renders the page into {@code main}. */
export function render(main) {
  const today = isoToday();
  const region = input('code', { name: 'region' });
  region.value = /^\d{4}(?!00)\d{2}$/.test(homeArea()) ? homeArea() : '';
  const month = input(undefined, { name: 'month', class: 'short', inputmode: 'numeric', maxlength: 7, placeholder: 'YYYY-MM' });
  month.value = lastMonth(today);
  const date = input('date', { name: 'date' });
  date.value = today;
  const summary = h('div', { class: 'summary-errors', role: 'alert', hidden: true });
  const out = h('div', { class: 'roster-result', 'aria-live': 'polite' });
  const mayCompute = hasRole('townshipReviewer', 'countyApprover', 'admin');
  const maySubmit = hasRole('countyApprover', 'admin');
  const form = h('form', { class: 'roster-form', novalidate: true, method: 'post' },
    h('div', { class: 'grid' }, field('region', 'rosterCounty', region), field('month', 'rosterMonth', month),
      mayCompute ? field('date', 'rosterDate', date, 'isoHint') : null),
    summary,
    h('div', { class: 'actions' },
      mayCompute ? h('button', { type: 'submit', class: 'primary draft', i18n: 'draft' }) : null,
      h('button', { type: mayCompute ? 'button' : 'submit', class: mayCompute ? 'read' : 'primary read', i18n: 'readSubmitted',
        onclick: mayCompute ? () => run(read) : undefined })));
  const show = (r) => {
    const csv = h('p', { class: 'csv' });
    const actions = h('div', { class: 'actions' });
    if (!r.submitted && maySubmit) {
      actions.append(button('submitRoster', async () => {
        if (await confirmSubmit(r)) {
          run(() => call('POST', '/api/v1/rosters', { date: r.computedOn, region: r.region, month: r.month, submit: true }));
        }
      }, { class: 'primary submit-roster' }));
    }
    out.replaceChildren(h('h3', {}, tx(h('span'), 'rosterTitle'), ' ', r.region, ' ', r.month, ' ', status(r)), facts(r),
      linesTable(r), csv, actions);
    apply(out);
    if (r.submitted) {
      csvLink(r, csv).catch((p) => csv.replaceChildren(bx(h('span', { class: 'field-error' }), p.detail || String(p), p.detailEn)));
    }
  };
  const run = async (fetcher) => {
    clear(form);
    summary.replaceChildren();
    summary.hidden = true;
    try {
      show(await fetcher());
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      out.replaceChildren();
      showProblem(form, problem, summary);
    }
  };
  const read = () => call('GET', '/api/v1/rosters/' + encodeURIComponent(region.value.trim()) + '/'
    + encodeURIComponent(month.value.trim()));
  const draft = () => call('POST', '/api/v1/rosters', { date: date.value.trim(), region: region.value.trim(),
    month: month.value.trim(), submit: false });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(mayCompute ? draft : read);
  });
  main.replaceChildren(h('h2', { i18n: 'rosterTitle' }), h('p', { class: 'intro', i18n: 'rosterIntro' }), form, out);
  apply(main);
}
