// The calculator's form: region, date, programme, the household and its members (every key of the
// request format a caseworker needs), the application, an event for one-off programmes, earlier
// grants and standard overrides. It validates nothing itself — the server does, and its answer
// names the field — and it never turns an empty field into zero: an empty field is left out of the
// request, which the engine reads as unknown (or "none declared", as the format says per key).
// The application page uses the same form for a case file (options: its programmes, its own
// fields and declarations, no event, grants or overrides, which an apply body does not take).

import { h, field, input, select, checkbox, button } from './dom.js';
import { tx, cx, apply } from './i18n.js';
import { clear, showProblem } from './marks.js';

export const PROGRAMS = ['dibao', 'tekun', 'low-income', 'temporary', 'medical', 'education', 'housing', 'employment',
  'disaster'];
const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other'];
const LABOR = ['full', 'partial', 'none'];
const EMPLOYMENT = ['employed', 'selfEmployed', 'unemployed', 'student', 'retired', 'none'];
const SUPPORTER = ['none', 'unable', 'able'];
const KINDS = ['physical', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple'];
const INCOMES = ['wage', 'business', 'property', 'pension', 'basicPension', 'oldAgeAllowance', 'support', 'agriculture',
  'other', 'award', 'preferentialCare', 'assistance', 'familyPlanning'];
const EDUCATION = ['preschool', 'compulsory', 'highSchool', 'vocational', 'higher'];
const STATUSES = ['orphan', 'deFactoUnsupported', 'martyrChild', 'braveDeedWard', 'formerlyRegisteredPoor',
  'urbanNeedyWorkerChild', 'disabledParentChild'];
const CHANNELS = ['window', 'online', 'proxy', 'discovered'];
const EVENTS = ['seriousIllness', 'education', 'accident', 'fire', 'disaster', 'death', 'other'];
const EVENT_TYPES = ['emergency', 'expenditure'];

const codes = (list, blank) => select(list, blank, cx);

/** A field whose path is relative to its member (data-mkey) or income row (data-ikey) or grant (data-gkey). */
function keyed(attr, key, labelKey, control, hint) {
  const f = field('', labelKey, control, hint);
  f.dataset[attr] = key;
  return f;
}

function value(root, selector) {
  const el = root.querySelector(selector);
  return el ? el.value.trim() : '';
}

/** An integer as a JSON number when it is one; otherwise the text, for the server to name. */
function integer(text) {
  return /^\d{1,9}$/.test(text) ? Number(text) : text;
}

function put(obj, key, v) {
  if (v !== '' && v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) {
    obj[key] = v;
  }
}

function incomeRow(form) {
  const row = h('div', { class: 'row income' },
    keyed('ikey', 'kind', 'incomeKind', codes(INCOMES)),
    keyed('ikey', 'monthly', 'incomeMonthly', input('amount')));
  row.append(button('remove', () => { row.remove(); form.reindex(); }, { class: 'link' }));
  return row;
}

function memberBlock(form) {
  const block = h('fieldset', { class: 'member' });
  const legend = h('legend', {}, tx(h('span'), 'member'), ' ', h('span', { class: 'member-id' }));
  const incomes = h('div', { class: 'incomes' });
  const declared = checkbox('', 'incomesDeclared', { class: 'declared' });
  const incomeSet = h('fieldset', { class: 'incomeset', dataset: { mkey: 'incomes' } },
    tx(h('legend'), 'incomes'), declared, incomes,
    button('addIncome', () => {
      incomes.append(incomeRow(form));
      declared.querySelector('input').checked = true;
      form.reindex();
      apply(incomes);
    }));
  const statuses = h('fieldset', { class: 'statuses', dataset: { mkey: 'statuses' } }, tx(h('legend'), 'statuses'),
    ...STATUSES.map((s) => checkbox('', (l) => cx(l, s), { value: s })));
  block.append(legend,
    h('div', { class: 'grid' },
      keyed('mkey', 'relation', 'relation', codes(RELATIONS, 'notDeclared')),
      keyed('mkey', 'birthDate', 'birthDate', input('date'), 'isoHint'),
      keyed('mkey', 'idNumber', 'idNumber', input(undefined, { maxlength: 18, class: 'wide', spellcheck: 'false' })),
      keyed('mkey', 'sex', 'sex', codes(['male', 'female'], 'notDeclared')),
      keyed('mkey', 'laborCapacity', 'laborCapacity', codes(LABOR, 'unknown')),
      keyed('mkey', 'supporter', 'supporter', codes(SUPPORTER, 'unknown')),
      keyed('mkey', 'selfCareItemsFailed', 'selfCare', input('integer')),
      keyed('mkey', 'disability.grade', 'disabilityGrade', select(['1', '2', '3', '4'], 'noDisability', (o, c) => { o.textContent = c; })),
      keyed('mkey', 'disability.kind', 'disabilityKind', codes(KINDS, 'noDisability'))),
    h('div', { class: 'row' },
      checkbox('', 'seriouslyIll', { dataset: { flag: 'seriouslyIll' } })),
    incomeSet,
    h('details', { class: 'more' }, tx(h('summary'), 'moreAboutMember'),
      h('div', { class: 'grid' },
        keyed('mkey', 'employment', 'employment', codes(EMPLOYMENT, 'notDeclared')),
        keyed('mkey', 'unemployedSince', 'unemployedSince', input('date')),
        keyed('mkey', 'businessRegisteredOn', 'businessRegisteredOn', input('date')),
        keyed('mkey', 'education', 'education', codes(EDUCATION, 'notDeclared')),
        keyed('mkey', 'careSetting', 'careSetting', codes(['centralised', 'dispersed'], 'notDeclared'))),
      statuses,
      checkbox('', 'singlePerson', { dataset: { flag: 'singlePersonApplication' } })),
    button('removeMember', () => { block.remove(); form.reindex(); }, { class: 'link danger remove-member' }));
  block.querySelectorAll('[data-flag]').forEach((cb) => { cb.parentElement.dataset.mkey = cb.dataset.flag; });
  return block;
}

function grantRow(form) {
  const row = h('div', { class: 'row grant' },
    keyed('gkey', 'program', 'program', codes(PROGRAMS)),
    keyed('gkey', 'member', 'eventMember', h('select', { class: 'member-choice' })),
    keyed('gkey', 'date', 'date', input('date')),
    keyed('gkey', 'amount', 'amount', input('amount')));
  row.append(button('remove', () => { row.remove(); form.reindex(); }, { class: 'link' }));
  return row;
}

function overrideRow(form) {
  const row = h('div', { class: 'row override' },
    keyed('okey', 'key', 'standardKey', input(undefined, { class: 'wide', spellcheck: 'false' })),
    keyed('okey', 'value', 'standardValue', input('amount')));
  row.append(button('remove', () => { row.remove(); form.reindex(); }, { class: 'link' }));
  return row;
}

/**
 * Builds the form; {@code regions}: [code, name] suggestions. {@code opts} (all optional):
 * {@code programs} the programme choices (default all, with the screening of all as the blank
 * choice), {@code lead} fields put first in the request part, {@code declarations} checkboxes
 * added to the application part (shown open: they are required there), {@code caseFile: true}
 * leaves out the calculator's event, earlier grants and standard overrides, {@code submitKey} the
 * text of the submit button (default 计算).
 */
export function householdForm(regions, opts = {}) {
  const caseFile = Boolean(opts.caseFile);
  const members = h('div', { class: 'members' });
  const grants = h('div', { class: 'grants' });
  const overrides = h('div', { class: 'overrides' });
  const receiving = h('fieldset', { class: 'receiving', dataset: { path: 'household.receiving' } }, tx(h('legend'), 'receiving'),
    ...PROGRAMS.slice(0, 3).map((p) => checkbox('', (l) => cx(l, p), { value: p })));
  const list = h('datalist', { id: 'regions' }, ...regions.map(([c, n]) => h('option', { value: c }, n)));
  const program = select(opts.programs || PROGRAMS, opts.programs ? undefined : 'screenAll', cx);
  program.value = 'dibao';
  const appGrid = h('div', { class: 'grid', dataset: { path: 'application' } },
    field('application.channel', 'channel', codes(CHANNELS, 'notDeclared')),
    checkbox('application.disputed', 'disputed'),
    checkbox('application.townshipDelegated', 'townshipDelegated'),
    checkbox('application.onResidencePermit', 'onResidencePermit'));
  const appPart = opts.declarations
    ? h('fieldset', {}, tx(h('legend'), 'application'), h('div', { class: 'declarations' }, ...opts.declarations), appGrid)
    : h('details', {}, tx(h('summary'), 'application'), appGrid);
  const el = h('form', { class: 'calc', novalidate: true, method: 'post' },
    h('fieldset', {}, tx(h('legend'), 'request'),
      h('div', { class: 'grid' }, ...(opts.lead || []),
        field('region', 'region', input('code', { list: 'regions', name: 'region' })),
        field('date', 'date', input('date', { name: 'date' }), 'isoHint'),
        field('program', 'program', program)),
      list),
    h('fieldset', {}, tx(h('legend'), 'household'),
      h('div', { class: 'grid' },
        field('household.residence', 'residence', codes(['urban', 'rural'], 'notDeclared')),
        field('household.incomeStable', 'incomeStable', select(['true', 'false'], 'notDeclared', (o, c) => tx(o, c === 'true' ? 'yes' : 'no'))),
        field('household.assets.financial', 'financial', input('amount')),
        field('household.assets.vehicles', 'vehicles', input('integer')),
        field('household.assets.extraDwellings', 'extraDwellings', input('integer'))),
      receiving,
      h('details', {}, tx(h('summary'), 'currentDibao'),
        h('div', { class: 'grid' },
          field('household.currentDibao.monthly', 'currentMonthly', input('amount')),
          field('household.currentDibao.exitStartedOn', 'exitStartedOn', input('date'))))),
    h('fieldset', { dataset: { path: 'household.members' } }, tx(h('legend'), 'members'), members,
      button('addMember', () => { form.addMember(); }, { class: 'add-member' })),
    appPart,
    caseFile ? null : h('details', {}, tx(h('summary'), 'event'),
      h('div', { class: 'grid', dataset: { path: 'event' } },
        field('event.kind', 'eventKind', codes(EVENTS, 'notDeclared')),
        field('event.type', 'eventType', codes(EVENT_TYPES, 'notDeclared')),
        field('event.expense', 'expense', input('amount')),
        field('event.requested', 'requested', input('amount')),
        field('event.inPolicySelfPaid', 'inPolicySelfPaid', input('amount')),
        field('event.member', 'eventMember', h('select', { class: 'member-choice' })))),
    caseFile ? null : h('details', {}, tx(h('summary'), 'history'), h('div', { dataset: { path: 'history' } }, grants),
      button('addGrant', () => { grants.append(grantRow(form)); form.reindex(); apply(grants); })),
    caseFile ? null : h('details', {}, tx(h('summary'), 'standardsOverride'), h('div', { dataset: { path: 'standards' } }, overrides),
      button('addOverride', () => { overrides.append(overrideRow(form)); form.reindex(); apply(overrides); })),
    h('div', { class: 'summary-errors', role: 'alert', hidden: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', i18n: opts.submitKey || 'calculate' })));

  const form = {
    element: el,
    summary: el.querySelector('.summary-errors'),

    /** Starts the form at a region and a date (the caller's area, today). */
    prefill(region, date) {
      el.querySelector('[data-path="region"] input').value = region;
      el.querySelector('[data-path="date"] input').value = date;
    },

    /** Removes the marks and messages of the last answer. */
    unmark() {
      clear(el);
      form.summary.replaceChildren();
      form.summary.hidden = true;
    },

    /** Shows a problem answer beside the field it names (or in the summary above the button). */
    refuse(problem) {
      form.summary.prepend(tx(h('p', { class: 'summary-title' }), 'fixFields'));
      showProblem(el, problem, form.summary);
      form.summary.hidden = false;
    },

    /** Adds an empty member (incomes not declared: unknown). */
    addMember() {
      const b = memberBlock(form);
      members.append(b);
      form.reindex();
      apply(b);
      return b;
    },

    /** Member ids p1, p2 … by position, and every path under them, after any change. */
    reindex() {
      const ids = [];
      members.querySelectorAll(':scope > .member').forEach((m, i) => {
        const id = 'p' + (i + 1);
        ids.push(id);
        m.dataset.id = id;
        m.dataset.path = 'members[' + id + ']';
        m.querySelector('.member-id').textContent = i + 1 + '（' + id + '）';
        m.querySelectorAll('[data-mkey]').forEach((f) => { f.dataset.path = 'members[' + id + '].' + f.dataset.mkey; });
        m.querySelectorAll('.income').forEach((row, r) => row.querySelectorAll('[data-ikey]').forEach((f) => {
          f.dataset.path = 'members[' + id + '].incomes[' + r + '].' + f.dataset.ikey;
        }));
      });
      grants.querySelectorAll('.grant').forEach((row, g) => row.querySelectorAll('[data-gkey]').forEach((f) => {
        f.dataset.path = 'history[' + g + '].' + f.dataset.gkey;
      }));
      el.querySelectorAll('select.member-choice').forEach((s) => {
        const keep = s.value;
        s.replaceChildren(tx(h('option', { value: '' }), 'none'), ...ids.map((id) => h('option', { value: id }, id)));
        s.value = ids.includes(keep) ? keep : '';
      });
      el.querySelectorAll('.member .remove-member').forEach((b) => { b.disabled = ids.length === 1; });
    },

    /** The request body; {@code program} is left out for a screening. */
    collect() {
      const body = { region: value(el, '[data-path="region"] input'), date: value(el, '[data-path="date"] input') };
      const prog = program.value;
      if (prog) {
        body.program = prog;
      }
      const hh = {};
      put(hh, 'residence', value(el, '[data-path="household.residence"] select'));
      const stable = value(el, '[data-path="household.incomeStable"] select');
      if (stable) {
        hh.incomeStable = stable === 'true';
      }
      put(hh, 'receiving', [...receiving.querySelectorAll('input:checked')].map((c) => c.value));
      const assets = {};
      put(assets, 'financial', value(el, '[data-path="household.assets.financial"] input'));
      const vehicles = value(el, '[data-path="household.assets.vehicles"] input');
      const dwellings = value(el, '[data-path="household.assets.extraDwellings"] input');
      put(assets, 'vehicles', vehicles === '' ? '' : integer(vehicles));
      put(assets, 'extraDwellings', dwellings === '' ? '' : integer(dwellings));
      put(hh, 'assets', Object.keys(assets).length ? assets : '');
      const current = {};
      put(current, 'monthly', value(el, '[data-path="household.currentDibao.monthly"] input'));
      put(current, 'exitStartedOn', value(el, '[data-path="household.currentDibao.exitStartedOn"] input'));
      put(hh, 'currentDibao', Object.keys(current).length ? current : '');
      hh.members = [...members.querySelectorAll(':scope > .member')].map(collectMember);
      body.household = hh;
      const app = {};
      put(app, 'channel', value(el, '[data-path="application.channel"] select'));
      // Every checkbox of the part, the declarations too: a box left empty is not sent (false by the format).
      appPart.querySelectorAll('.check[data-path^="application."] input:checked').forEach((c) => {
        app[c.parentElement.dataset.path.slice('application.'.length)] = true;
      });
      put(body, 'application', Object.keys(app).length ? app : '');
      const ev = {};
      for (const k of ['kind', 'type', 'member']) {
        put(ev, k, value(el, '[data-path="event.' + k + '"] select'));
      }
      for (const k of ['expense', 'requested', 'inPolicySelfPaid']) {
        put(ev, k, value(el, '[data-path="event.' + k + '"] input'));
      }
      put(body, 'event', Object.keys(ev).length ? ev : '');
      put(body, 'history', [...grants.querySelectorAll('.grant')].map((row) => {
        const g = { program: value(row, '[data-gkey="program"] select') };
        put(g, 'member', value(row, '[data-gkey="member"] select'));
        g.date = value(row, '[data-gkey="date"] input');
        g.amount = value(row, '[data-gkey="amount"] input');
        return g;
      }));
      const std = {};
      overrides.querySelectorAll('.override').forEach((row) => {
        const key = value(row, '[data-okey="key"] input');
        const valueField = row.querySelector('[data-okey="value"]');
        valueField.dataset.path = 'standards.' + key;
        if (key) {
          std[key] = value(row, '[data-okey="value"] input');
        }
      });
      put(body, 'standards', Object.keys(std).length ? std : '');
      return body;
    },
  };
  el.querySelector('.add-member').classList.add('secondary');
  form.addMember();
  return form;
}

function collectMember(m) {
  const get = (key, tag) => value(m, '[data-mkey="' + key + '"] ' + (tag || 'input'));
  const out = { id: m.dataset.id };
  put(out, 'relation', get('relation', 'select'));
  put(out, 'birthDate', get('birthDate'));
  put(out, 'idNumber', get('idNumber'));
  put(out, 'sex', get('sex', 'select'));
  put(out, 'laborCapacity', get('laborCapacity', 'select'));
  put(out, 'supporter', get('supporter', 'select'));
  const items = get('selfCareItemsFailed');
  put(out, 'selfCareItemsFailed', items === '' ? '' : integer(items));
  const grade = get('disability.grade', 'select');
  const kind = get('disability.kind', 'select');
  if (grade || kind) {
    out.disability = {};
    put(out.disability, 'grade', grade === '' ? '' : Number(grade));
    put(out.disability, 'kind', kind);
  }
  for (const flag of ['seriouslyIll', 'singlePersonApplication']) {
    if (m.querySelector('[data-flag="' + flag + '"]').checked) {
      out[flag] = true;
    }
  }
  put(out, 'employment', get('employment', 'select'));
  put(out, 'unemployedSince', get('unemployedSince'));
  put(out, 'businessRegisteredOn', get('businessRegisteredOn'));
  put(out, 'education', get('education', 'select'));
  put(out, 'careSetting', get('careSetting', 'select'));
  put(out, 'statuses', [...m.querySelectorAll('.statuses input:checked')].map((c) => c.value));
  if (m.querySelector('input.declared').checked) {
    out.incomes = [...m.querySelectorAll('.income')].map((row) => ({
      kind: value(row, '[data-ikey="kind"] select'),
      monthly: value(row, '[data-ikey="monthly"] input'),
    }));
  }
  return out;
}
