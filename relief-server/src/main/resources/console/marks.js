// Puts what the server says on the form fields it names: a problem's `field` (the message beside
// the field, the control marked invalid and focused) and a determination's missing inputs (each
// field highlighted). Fields are found by the request path on their wrapper (data-path).

import { bx, tx } from './i18n.js';
import { h } from './dom.js';

/** Removes every error and missing mark under root. */
export function clear(root) {
  root.querySelectorAll('.field-error, .missing-note').forEach((el) => el.remove());
  root.querySelectorAll('.invalid, .missing').forEach((el) => el.classList.remove('invalid', 'missing'));
  root.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

/**
 * The field of a path, or null: the exact path first, then the same path without or with the
 * "household." prefix (member paths are written both ways), then ever shorter parents
 * ("members[p1].disability.grade" → "members[p1].disability" → "members[p1]").
 */
export function find(root, path) {
  const candidates = [];
  let p = path;
  while (p) {
    candidates.push(p);
    if (p.startsWith('household.members')) {
      candidates.push(p.slice('household.'.length));
    } else if (!p.startsWith('household.') && !p.startsWith('members')) {
      candidates.push('household.' + p);
    }
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  for (const c of candidates) {
    const el = root.querySelector('[data-path="' + CSS.escape(c) + '"]');
    if (el) {
      return el;
    }
  }
  return null;
}

function reveal(el) {
  for (let d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
    d.open = true;
  }
}

function control(wrap) {
  return wrap.matches('input, select, textarea') ? wrap : wrap.querySelector('input, select, textarea');
}

/**
 * Shows a problem beside its field (or in {@code summary} when it names none or none is found);
 * the field is marked invalid, described by the message and focused. Returns the field or null.
 */
export function showProblem(root, problem, summary) {
  const wrap = problem.field ? find(root, problem.field) : null;
  const msg = bx(h('p', { class: 'field-error', role: 'alert' }), problem.detail || problem.title,
    problem.detailEn || problem.titleEn);
  if (!wrap) {
    summary.append(msg);
    summary.hidden = false;
    return null;
  }
  wrap.classList.add('invalid');
  const c = control(wrap);
  msg.id = (c && c.id ? c.id : 'f') + '-error';
  wrap.append(msg);
  reveal(wrap);
  if (c) {
    c.setAttribute('aria-invalid', 'true');
    c.setAttribute('aria-describedby', ((c.getAttribute('aria-describedby') || '') + ' ' + msg.id).trim());
    c.focus();
  }
  return wrap;
}

/** Highlights each missing input on its field; the paths not found are returned. */
export function markMissing(root, paths) {
  const lost = [];
  for (const p of paths) {
    const wrap = find(root, p);
    if (!wrap) {
      lost.push(p);
      continue;
    }
    if (!wrap.classList.contains('missing')) {
      wrap.classList.add('missing');
      wrap.append(tx(h('p', { class: 'missing-note' }), 'missingHere'));
      reveal(wrap);
    }
  }
  return lost;
}
