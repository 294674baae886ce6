// Signing in with a bearer token: typed into a password field, checked with GET /api/v1/me, kept in
// sessionStorage; the form posts nothing anywhere (the script handles it), so the token never
// reaches an address bar, a history entry or a server log line.

import { h, field } from './dom.js';
import { tx, apply } from './i18n.js';
import { call, Problem } from './api.js';
import { signIn } from './session.js';
import { showProblem, clear } from './marks.js';

/** Renders the page; {@code done()} after a successful sign-in. */
export function render(main, done) {
  const tokenInput = h('input', { type: 'password', name: 'token', autocomplete: 'off', spellcheck: 'false',
    class: 'wide', required: true });
  const summary = h('div', { class: 'summary-errors', role: 'alert', hidden: true });
  const form = h('form', { class: 'login', novalidate: true, method: 'post' },
    field('token', 'token', tokenInput, 'tokenHint'), summary,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', i18n: 'loginSubmit' })));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(form);
    summary.hidden = true;
    summary.replaceChildren();
    const t = tokenInput.value.trim();
    try {
      if (!t) {
        throw new Problem({ status: 0, code: 'REQUIRED', field: 'token', detail: '请输入访问令牌', detailEn: 'enter an access token' });
      }
      await signIn(call, t);
      tokenInput.value = '';
      done();
    } catch (problem) {
      if (!(problem instanceof Problem)) {
        throw problem;
      }
      const p = problem.status === 401 ? new Problem({ ...problem, field: 'token', detail: '令牌无效或已撤销',
        detailEn: 'the token is invalid or revoked' }) : problem;
      showProblem(form, p.field ? p : new Problem({ ...p, field: 'token' }), summary);
    }
  });
  main.replaceChildren(tx(h('h2'), 'loginTitle'), form);
  apply(main);
  tokenInput.focus();
}
