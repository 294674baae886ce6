// The signed-in official: the bearer token lives in sessionStorage only (this tab, until it closes;
// never in the URL, never in localStorage), and the account it belongs to (GET /api/v1/me) decides
// what the console shows.

const TOKEN = 'relief.token';

/** The roles the server lets open a case (POST /api/v1/cases): who sees the application page and its button. */
export const CASE_OPENERS = ['villageAssistant', 'townshipReviewer', 'countyApprover', 'admin'];
let account = null;

/** The token of this tab, or null. */
export function token() {
  return sessionStorage.getItem(TOKEN);
}

/** The account of the token ({name, role, roleZh, jurisdiction}), or null when not signed in. */
export function current() {
  return account;
}

/** The signed-in official's area as a 6-digit code to start forms with ('' for none or the whole country). */
export function homeArea() {
  return account && /^\d{6}$/.test(account.jurisdiction) && account.jurisdiction !== '000000' ? account.jurisdiction : '';
}

/** Whether the signed-in role is one of {@code roles}. */
export function hasRole(...roles) {
  return account !== null && roles.includes(account.role);
}

/**
 * Signs in: asks the server whose token it is (with that token), keeps both on success; a
 * rejected token keeps nothing and throws the server's problem.
 */
export async function signIn(call, t) {
  const me = await call('GET', '/api/v1/me', undefined, t);
  sessionStorage.setItem(TOKEN, t);
  account = me;
  return me;
}

/** Re-reads the account of a kept token at start; a revoked one is dropped. */
export async function restore(call) {
  const t = token();
  if (!t) {
    return null;
  }
  try {
    account = await call('GET', '/api/v1/me', undefined, t);
  } catch (e) {
    if (e.status === 401) {
      signOut();
    }
  }
  return account;
}

/** Forgets the token and the account. */
export function signOut() {
  sessionStorage.removeItem(TOKEN);
  account = null;
}
