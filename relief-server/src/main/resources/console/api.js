// The console's one way to the server: same origin, JSON in and out, the bearer token from the
// session (never in a URL), and every error as the server's problem JSON (RFC 9457).

import { token } from './session.js';

/** An error answer: the problem's status, code, field and both languages' texts. */
export class Problem extends Error {
  constructor(p) {
    super(p.detailEn || p.detail || p.code);
    this.status = p.status;
    this.code = p.code;
    this.field = p.field || null;
    this.title = p.title || '';
    this.detail = p.detail || '';
    this.titleEn = p.titleEn || p.title || '';
    this.detailEn = p.detailEn || p.detail || '';
  }
}

/** Calls the API: {@code GET} without a body, {@code POST}/{@code PUT} with a JSON one; resolves to the parsed answer. */
export async function call(method, path, body, withToken) {
  const r = await send(method, path, body, withToken, 'application/json');
  const text = await r.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!r.ok) {
    throw new Problem(json && json.code ? json : { status: r.status, code: 'HTTP_' + r.status,
      title: 'HTTP ' + r.status, detail: text.slice(0, 200) });
  }
  return json;
}

/** {@code GET} of another representation ({@code accept}, e.g. text/csv): resolves to a Blob; an error is the problem JSON. */
export async function blob(path, accept) {
  const r = await send('GET', path, undefined, undefined, accept + ', application/problem+json');
  if (!r.ok) {
    return call('GET', path); // the same request as JSON, for its problem
  }
  return r.blob();
}

async function send(method, path, body, withToken, accept) {
  const headers = { Accept: accept };
  const t = withToken === undefined ? token() : withToken;
  if (t) {
    headers.Authorization = 'Bearer ' + t;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  try {
    return await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    throw new Problem({ status: 0, code: 'NETWORK', title: '无法连接服务器', detail: '无法连接服务器',
      titleEn: 'The server cannot be reached', detailEn: String(e) });
  }
}

/** Query string of defined, non-empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, v);
    }
  }
  const s = q.toString();
  return s ? '?' + s : '';
}
