import { HIDDEN_CHARACTERS } from '../links.ts';

/**
 * The rule for an App Connection URL: the scheme and port of the OctoEverywhere origin, a host
 * that is exactly one DNS label under the origin's host, no user info, and nothing beyond `/`.
 * Apps in the wild shipped substring checks (fooled by `app-x.octoeverywhere.com.evil.net`) and
 * stray ports. Completions, backups and the same-origin proxy all hold hosts to this one rule.
 */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * True when `hostname` (lower case, as a parsed URL gives it) is one DNS label directly under
 * `originHostname`. `a.b.octoeverywhere.com` and `www.octoeverywhere.com` are OctoEverywhere's
 * own sites, not a printer: credentials must never be sent there.
 */
export function isAppConnectionHostname(hostname: string, originHostname: string): boolean {
  const suffix = `.${originHostname}`;
  if (!hostname.endsWith(suffix)) return false;
  const label = hostname.slice(0, -suffix.length);
  return LABEL.test(label) && label !== 'www';
}
const RAW = /^[a-z][a-z0-9+.-]*:\/\/[a-z0-9.-]+(?::(\d+))?\/?$/i;

export function checkAppConnectionUrl(raw: string, origin: string): UrlCheck {
  const expected = new URL(origin);
  const rule = `an address like ${expected.protocol}//app-….${expected.host}`;
  const reject = (why: string): UrlCheck => ({ ok: false, reason: `The App Connection URL ${why}; it must be ${rule}.` });
  if (HIDDEN_CHARACTERS.test(raw)) return reject('contains characters an address cannot have');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return reject('is not a valid address');
  }
  if (url.protocol !== expected.protocol) return reject(`uses ${url.protocol.replace(':', '').slice(0, 20)}`);
  if (url.username || url.password) return reject('contains a user name or password');
  if (url.port !== expected.port) return reject('names a port');
  if (url.pathname !== '/' || url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    return reject('has a path, query or fragment');
  }
  const host = url.hostname;
  const suffix = `.${expected.hostname}`;
  if (!host.endsWith(suffix)) return reject('is not on the OctoEverywhere domain');
  if (!isAppConnectionHostname(host, expected.hostname)) return reject('has an invalid host name');
  // The parser also forgives `:443`, `:04300`, `%2e`, an empty `@`, `/..`: past the checks above,
  // accept only the plain text form `scheme://host[:port][/]`, with the origin's port if any.
  const plain = RAW.exec(raw);
  if (!plain || (plain[1] !== undefined && plain[1] !== expected.port)) return reject('is not written plainly');
  return { ok: true, url: `${url.protocol}//${url.host}` };
}
