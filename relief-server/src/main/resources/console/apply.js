// The application page (新申请): a case opened from the calculator's own household form — the same
// members, incomes and disabilities — with the case's reference, its county, the date of the
// application, dibao or tekun, and the two declarations the procedure asks for at application
// (授权核对 consent, NA-11; 诚信承诺 honesty commitment). POST /api/v1/cases; on 201 the case's page.
// A refusal (a missing consent, a wrong ID number) is shown beside the field it names and stores
// nothing, so the form stays filled for a second try.

import { h, field, input, checkbox } from './dom.js';
import { tx, apply, isoToday } from './i18n.js';
import { call, Problem } from './api.js';
import { householdForm } from './household-form.js';
import { CASE_PROGRAMS } from './queue.js';
import { homeArea } from './session.js';

/** Renders the page into {@code main}; {@code ctx}: {regions}. */
export function render(main, ctx) {
  const reference = input(undefined, { name: 'reference', class: 'wide', spellcheck: 'false' });
  const form = householdForm(ctx.regions, {
    programs: CASE_PROGRAMS,
    caseFile: true,
    submitKey: 'submitApplication',
    lead: [field('reference', 'reference', reference, 'referenceHint')],
    declarations: [checkbox('application.consent', 'consent'), checkbox('application.honestyCommitment', 'honestyCommitment')],
  });
  const el = form.element;
  el.classList.add('apply-form');
  form.prefill(homeArea(), isoToday());
  el.querySelector('[data-path="date"] label').dataset.i18n = 'applicationDate';
  const submit = el.querySelector('button[type=submit]');
  el.addEventListener('submit', async (e) => {
    e.preventDefault();
    form.unmark();
    const body = { reference: reference.value.trim(), ...form.collect() };
    submit.disabled = true;
    try {
      const opened = await call('POST', '/api/v1/cases', body);
      location.hash = '#/case/' + encodeURIComponent(opened.id); // the hash change renders the case
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      form.refuse(problem);
    } finally {
      submit.disabled = false;
    }
  });
  main.replaceChildren(h('h2', { i18n: 'applyTitle' }), h('p', { class: 'intro', i18n: 'applyIntro' }), el);
  apply(main);
  reference.focus();
}
