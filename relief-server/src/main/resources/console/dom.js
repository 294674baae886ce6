// Small DOM helpers: an element builder and the labelled form field every input of the console uses
// (a <label for>, the control, an optional hint, and a slot for the error the server names).

import { tx } from './i18n.js';

let seq = 0;

/** A fresh element id. */
export function uid(prefix) {
  seq += 1;
  return (prefix || 'f') + '-' + seq;
}

/** h('div', {class: 'x', onclick: fn}, child, 'text', ...): an element. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) {
      continue;
    }
    if (k.startsWith('on')) {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'i18n') {
      tx(el, v);
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else {
      el.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const c of children.flat(Infinity)) {
    if (c !== undefined && c !== null && c !== false) {
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  return el;
}

/**
 * A labelled field: {@code path} is the request path the server names in a problem's field or a
 * missing input ("members[p1].incomes[0].monthly"), kept on the wrapper so that an answer finds it.
 */
export function field(path, labelKey, control, hintKey) {
  const id = control.id || uid('in');
  control.id = id;
  const wrap = h('div', { class: 'field', dataset: { path } });
  wrap.append(h('label', { for: id, i18n: labelKey }), control);
  if (hintKey) {
    const hint = h('span', { class: 'hint', id: id + '-hint', i18n: hintKey });
    control.setAttribute('aria-describedby', hint.id);
    wrap.append(hint);
  }
  return wrap;
}

/** A text input; {@code kind}: 'date' (ISO text), 'amount', 'integer', 'code' or undefined. */
export function input(kind, attrs) {
  const a = { type: 'text', autocomplete: 'off', ...attrs };
  if (kind === 'date') {
    Object.assign(a, { inputmode: 'numeric', placeholder: 'YYYY-MM-DD', maxlength: 10, pattern: '\\d{4}-\\d{2}-\\d{2}' });
  } else if (kind === 'amount') {
    // No placeholder figure: an empty amount is unknown, and a greyed "0.00" would read as zero.
    Object.assign(a, { inputmode: 'decimal', class: 'amount' });
  } else if (kind === 'integer') {
    Object.assign(a, { inputmode: 'numeric', pattern: '\\d*', class: 'short' });
  } else if (kind === 'code') {
    Object.assign(a, { inputmode: 'numeric', maxlength: 6, pattern: '\\d{6}', class: 'short' });
  }
  return h('input', a);
}

/** A select of API codes; {@code blankKey}: the text of the empty choice (not declared, unknown), or none. */
export function select(codes, blankKey, labelOf) {
  const s = h('select', {});
  if (blankKey) {
    s.append(h('option', { value: '', i18n: blankKey }));
  }
  for (const c of codes) {
    const o = h('option', { value: c });
    labelOf(o, c);
    s.append(o);
  }
  return s;
}

/** A checkbox with its label after it; {@code label}: a text key, or a function that fills the label. */
export function checkbox(path, label, attrs) {
  const box = h('input', { type: 'checkbox', id: uid('cb'), ...attrs });
  const l = h('label', { for: box.id });
  if (typeof label === 'function') {
    label(l);
  } else {
    tx(l, label);
  }
  return h('div', { class: 'field check', dataset: { path } }, box, l);
}

/** A button (type=button unless given). */
export function button(labelKey, onclick, attrs) {
  return h('button', { type: 'button', i18n: labelKey, onclick, ...attrs });
}
