// Page (a), the calculator: the household form, POST /api/v1/determinations for one programme or
// /api/v1/screenings for all, the answer explained, missing inputs and input errors on the fields.

import { h } from './dom.js';
import { tx, apply, isoToday } from './i18n.js';
import { call, Problem } from './api.js';
import { householdForm } from './household-form.js';
import { find, markMissing } from './marks.js';
import * as result from './result.js';
import { homeArea } from './session.js';

/** Renders the page into {@code main}; {@code ctx}: {catalogue, regions}. */
export function render(main, ctx) {
  const form = householdForm(ctx.regions);
  const hint = (key) => h('p', { class: 'hint result-hint', i18n: key });
  const out = h('section', { class: 'result', 'aria-live': 'polite' },
    tx(h('h3', { id: 'result-title', tabindex: '-1' }), 'result'), h('div', { class: 'result-body' }, hint('resultHint')));
  const el = form.element;
  form.prefill(homeArea(), isoToday());
  const goTo = (path) => {
    const f = find(el, path);
    if (f) {
      const c = f.querySelector('input, select');
      (c || f).focus();
      f.scrollIntoView({ block: 'center' });
    }
  };
  const submit = el.querySelector('button[type=submit]');
  el.addEventListener('submit', async (e) => {
    e.preventDefault();
    form.unmark();
    const body = form.collect();
    const screening = body.program === undefined;
    tx(submit, 'calculating');
    submit.disabled = true;
    try {
      const answer = await call('POST', screening ? '/api/v1/screenings' : '/api/v1/determinations', body);
      const view = screening ? result.screening(answer, ctx.catalogue, goTo) : result.determination(answer, ctx.catalogue, goTo);
      const missing = screening ? [...new Set(answer.determinations.flatMap((d) => d.missing || []))] : answer.missing || [];
      markMissing(el, missing);
      out.querySelector('.result-body').replaceChildren(view);
      apply(out);
      out.querySelector('#result-title').focus();
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      // A stale answer beside a corrected form would mislead: it goes until the next calculation.
      out.querySelector('.result-body').replaceChildren(hint('resultAfterError'));
      apply(out);
      form.refuse(problem);
    } finally {
      tx(submit, 'calculate');
      submit.disabled = false;
    }
  });
  main.replaceChildren(
    h('h2', { i18n: 'calcTitle' }),
    h('p', { class: 'intro', i18n: 'calcIntro' }),
    h('div', { class: 'calc-layout' }, el, out));
  apply(main);
}
