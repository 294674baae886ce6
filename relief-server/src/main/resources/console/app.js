// The console's shell: header (language switch, who is signed in), the navigation of the pages the
// role may see, and a hash router (#/calculator, #/queue, #/apply, #/case/{id}, #/roster, #/standards,
// #/login — page names and a case id only, never a token). The rule catalogue (文号 and clause of each rule id) and the regions come once from the
// open GET /api/v1/modules.

import { h } from './dom.js';
import * as i18n from './i18n.js';
import { call } from './api.js';
import * as session from './session.js';
import * as calculator from './calculator.js';
import * as standards from './standards.js';
import * as queue from './queue.js';
import * as applyPage from './apply.js';
import * as casePage from './case.js';
import * as roster from './roster.js';
import * as login from './login.js';

/** The roles of the server's case routes (GET /api/v1/cases) and roster routes (POST or GET /api/v1/rosters). */
const CASE_READERS = ['villageAssistant', 'townshipReviewer', 'countyApprover', 'auditor', 'admin'];
const ROSTER_READERS = ['townshipReviewer', 'countyApprover', 'auditor', 'admin'];

/**
 * The pages, in the order of the navigation. {@code roles}: who sees the page (absent: everyone,
 * signed in or not), the roles the server lets call the page's routes; {@code nav: false}: reached
 * by a link only (a case, from the queue or a roster).
 */
const PAGES = [
  { id: 'calculator', label: 'navCalculator', render: (main, ctx) => calculator.render(main, ctx) },
  { id: 'queue', label: 'navQueue', roles: CASE_READERS, render: (main) => queue.render(main) },
  { id: 'apply', label: 'navApply', roles: session.CASE_OPENERS, render: (main, ctx) => applyPage.render(main, ctx) },
  { id: 'case', label: 'caseTitle', roles: CASE_READERS, nav: false, render: (main, ctx, arg) => casePage.render(main, ctx, arg) },
  { id: 'roster', label: 'navRoster', roles: ROSTER_READERS, render: (main) => roster.render(main) },
  { id: 'standards', label: 'navStandards', render: (main) => standards.render(main) },
];

const ctx = { catalogue: {}, regions: [] };
let titleKey = 'navCalculator';

function setTitle() {
  document.title = i18n.t(titleKey) + ' · ' + i18n.t('appName');
}

function visible(page) {
  return !page.roles || session.hasRole(...page.roles);
}

/** The page of a hash (its first segment) and its argument (the rest: a case id). */
function pageOf(hash) {
  const id = hash.replace(/^#\//, '').split('/')[0];
  if (id === 'login') {
    return 'login';
  }
  const p = PAGES.find((x) => x.id === id && visible(x));
  return p ? p.id : PAGES[0].id;
}

function header() {
  const nav = document.getElementById('nav');
  const id = pageOf(location.hash);
  nav.replaceChildren(...PAGES.filter((p) => visible(p) && p.nav !== false).map((p) => h('li', {},
    h('a', { href: '#/' + p.id, i18n: p.label, 'aria-current': p.id === id ? 'page' : undefined }))));
  const who = document.getElementById('account');
  const me = session.current();
  if (me) {
    who.replaceChildren(h('span', { class: 'who' }, h('span', { i18n: 'loggedInAs' }), ' ',
      h('strong', { class: 'account-name' }, me.name), ' · ', h('span', { class: 'account-role', dataset: { role: me.role } },
        me.roleZh), ' · ', me.jurisdiction),
    h('button', { type: 'button', class: 'link', i18n: 'logout', onclick: () => {
      session.signOut();
      route();
    } }));
  } else {
    who.replaceChildren(h('a', { href: '#/login', i18n: 'navLogin', class: 'login-link' }));
  }
  i18n.apply(document.querySelector('header'));
}

function route() {
  const main = document.getElementById('main');
  const id = pageOf(location.hash);
  header();
  if (id === 'login') {
    login.render(main, () => { location.hash = '#/' + PAGES[0].id; }); // the hash change renders it
  } else {
    const arg = decodeURIComponent(location.hash.replace(/^#\/[^/]*\/?/, ''));
    PAGES.find((p) => p.id === id).render(main, ctx, arg);
  }
  titleKey = id === 'login' ? 'navLogin' : PAGES.find((p) => p.id === id).label;
  setTitle();
}

async function boot() {
  const modules = await call('GET', '/api/v1/modules', undefined, null).catch(() => []);
  for (const m of modules) {
    for (const r of m.rules || []) {
      ctx.catalogue[r.id] = r;
    }
    for (const code of m.adminCodes || []) {
      ctx.regions.push([code, m.name]);
    }
  }
  await session.restore(call);
  document.getElementById('lang').addEventListener('click', () => {
    i18n.toggle();
    setTitle();
  });
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith('#/')) {
      route();
    }
  });
  route();
  document.body.dataset.ready = 'true';
  performance.mark('relief-ready');
}

boot();
