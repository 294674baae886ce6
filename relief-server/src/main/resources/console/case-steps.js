// The steps a caseworker takes on a case from its page (POST /api/v1/cases/{id}/steps): a button per
// step the signed-in role may take — the server's list (mayTake, from its StepPermissions) narrowed
// to the steps the case's state allows — and, for the chosen one, a small form of that step's keys.
// The server keeps every check: a refused step comes back as problem JSON and its message is put
// beside the field it names (date, surveyors, household…), nothing else changes.

import { h, field, input, select, uid } from './dom.js';
import { tx, cx, apply, isoToday } from './i18n.js';
import { call, Problem } from './api.js';
import { clear, showProblem } from './marks.js';
import { hasRole } from './session.js';

const OPEN = ['applied', 'accepted', 'surveyed', 'proposed'];
const PAID = ['active', 'exiting'];

/**
 * The states a step is offered in (LIFECYCLE's "allowed in" column; the notice-date and
 * extend-once checks stay the server's, which answers STEP_NOT_ALLOWED naming them).
 */
const OFFERED_IN = {
  accept: ['applied'], survey: ['accepted'], propose: ['surveyed'], object: ['proposed'], appraise: ['proposed'],
  decide: ['proposed'], extend: ['accepted', 'surveyed', 'proposed'], withdraw: OPEN,
  review: PAID, terminate: PAID, fraud: PAID, death: [...OPEN, 'active', 'exiting'],
};
const TERMINATION = ['INELIGIBLE', 'MOVED_AWAY', 'RECIPIENT_REQUEST', 'RECIPIENT_DIED', 'FRAUD', 'OTHER'];

/** The latest determination's procedure on the case (the proposal's: who approves). */
function approvalLevel(c) {
  for (let i = c.steps.length - 1; i >= 0; i--) {
    const p = c.steps[i].determination && c.steps[i].determination.procedure;
    if (p && p.approvalLevel) {
      return p.approvalLevel;
    }
  }
  return null;
}

/** The steps offered on the case to the signed-in role. */
export function offered(c) {
  return (c.mayTake || []).filter((s) => (OFFERED_IN[s] || []).includes(c.state)
    && (s !== 'extend' || c.program === 'dibao')
    // A township caseworker decides only where the township approves (the server answers 403 otherwise).
    && (s !== 'decide' || !hasRole('townshipReviewer') || approvalLevel(c) !== 'county'));
}

function latestHousehold(c) {
  const v = c.households && c.households.length ? c.households[c.households.length - 1] : null;
  return v ? v.household : null;
}

function jsonArea(prefill, required) {
  const t = h('textarea', { rows: 10, spellcheck: 'false', class: 'json', required: required || undefined });
  t.value = prefill ? JSON.stringify(prefill, null, 2) : '';
  return t;
}

function codes(values, labelOf) {
  return select(values, null, labelOf);
}

/** The controls of a step's own keys: [path, label key, control, hint key]. */
function controls(step, c) {
  const household = latestHousehold(c);
  switch (step) {
    case 'survey':
      return [['surveyors', 'surveyors', input('integer', { value: '2' })],
        ['household', 'householdJson', jsonArea(null), 'householdJsonHint']];
    case 'propose':
      return [['opinion', 'opinion', codes(['approve', 'refuse'], (o, v) => cx(o, v))]];
    case 'decide':
      return [['decision', 'decision', codes(['approve', 'refuse'], (o, v) => cx(o, v))]];
    case 'appraise':
      return [['result', 'appraisalResult', codes(['support', 'oppose'], (o, v) => tx(o, v === 'support' ? 'appraisalSupport' : 'appraisalOppose'))]];
    case 'extend':
      return [['reason', 'extendReason', input(undefined, { class: 'wide' })]];
    case 'terminate':
      return [['reason', 'terminateReason', codes(TERMINATION, (o, v) => cx(o, v))]];
    case 'death':
      return [['member', 'deadMember', codes(household ? household.members.map((m) => m.id) : [], (o, v) => { o.textContent = v; })]];
    case 'review':
      return [['household', 'householdJson', jsonArea(household, true), 'householdJsonHint']];
    case 'fraud':
      return [['from', 'fraudFrom', input(undefined, { class: 'short', inputmode: 'numeric', maxlength: 7, placeholder: 'YYYY-MM' })],
        ['household', 'householdJson', jsonArea(household, true), 'householdJsonHint']];
    default:
      return [];
  }
}

/** The body of the step from its form; a household that is not JSON is a problem on its field. */
function body(step, form) {
  const b = { do: step };
  form.querySelectorAll('[data-key]').forEach((wrap) => {
    const c = wrap.querySelector('input, select, textarea');
    const v = c.value.trim();
    const k = wrap.dataset.key;
    if (!v) {
      return;
    }
    if (k === 'household') {
      try {
        b[k] = JSON.parse(v);
      } catch (e) {
        throw new Problem({ status: 0, code: 'INVALID_JSON', field: 'household', detail: '核实的家庭不是有效的 JSON：' + e.message,
          detailEn: 'the verified household is not valid JSON: ' + e.message });
      }
    } else {
      b[k] = k === 'surveyors' && /^\d+$/.test(v) ? Number(v) : v;
    }
  });
  return b;
}

function stepForm(step, c, done) {
  const date = input('date', { value: isoToday() });
  const fields = [['date', 'stepDate', date, 'isoHint'], ...controls(step, c)].map(([path, label, control, hint]) => {
    const f = field(path, label, control, hint);
    f.dataset.key = path;
    return f;
  });
  const summary = h('div', { class: 'summary-errors', role: 'alert', hidden: true });
  const legendId = uid('lg');
  const form = h('form', { class: 'step-form', novalidate: true, method: 'post', dataset: { step }, 'aria-labelledby': legendId },
    h('fieldset', { dataset: { path: 'do' } }, h('legend', { id: legendId }, tx(h('span'), 'takeStep'), ' · ', cx(h('span'), step)),
      h('div', { class: 'grid' }, ...fields), summary,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', i18n: 'submitStep' }))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(form);
    summary.replaceChildren();
    summary.hidden = true;
    try {
      const after = await call('POST', '/api/v1/cases/' + encodeURIComponent(c.id) + '/steps', body(step, form));
      done(step, after);
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      showProblem(form, problem, summary);
    }
  });
  return form;
}

/** The step section: a button per offered step, the chosen step's form below them. */
export function stepsSection(c, done) {
  const steps = offered(c);
  const slot = h('div', { class: 'step-slot' });
  const buttons = steps.map((s) => {
    const b = h('button', { type: 'button', class: 'step-button', dataset: { step: s }, 'aria-expanded': 'false' }, cx(h('span'), s));
    b.addEventListener('click', () => {
      buttons.forEach((x) => x.setAttribute('aria-expanded', String(x === b)));
      const f = stepForm(s, c, done);
      slot.replaceChildren(f);
      apply(f);
      f.querySelector('input, select, textarea').focus();
    });
    return b;
  });
  return h('section', { class: 'steps-section' }, h('h3', { i18n: 'takeStep' }),
    steps.length ? h('div', { class: 'step-buttons', role: 'group' }, ...buttons) : h('p', { class: 'hint', i18n: 'noSteps' }),
    slot);
}
