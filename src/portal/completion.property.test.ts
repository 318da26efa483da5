import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE, hostileUrl, mutatedCase, ORIGINS, validCase, type Case, type Origin } from '../../test/support/completion-arbitraries';
import { parseCompletion, readCompletionParams, type Completion } from './completion';

/**
 * Generated and mutated callback URLs through `readCompletionParams` then `parseCompletion`.
 * The parser is the only thing between a URL anyone can craft and a stored credential, so it is
 * held to invariants rather than examples: it never throws, whatever it accepts is a bare
 * subdomain of the origin with usable credentials, and a rejection never repeats a secret.
 */

// ---- building and checking ------------------------------------------------------------------

/** Percent-encodes; a lone surrogate, which `encodeURIComponent` throws on, becomes U+FFFD as a browser would. */
function enc(text: string, plus: boolean): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    encoded = encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
  return plus ? encoded.replaceAll('%20', '+') : encoded;
}

function hrefOf(c: Case): string {
  let href = BASE;
  const fragment: string[] = [];
  for (const p of c.pairs) {
    const text = `${enc(p.key, c.plus)}=${p.raw ? p.value : enc(p.value, c.plus)}`;
    if (p.place === 'fragment') fragment.push(text);
    else href += `${p.place === 'second' ? '?' : '&'}${text}`;
  }
  if (fragment.length > 0) href += `#${c.fragmentLead}${fragment.join('&')}`;
  return href + c.suffix;
}

/**
 * The `success` values the case puts in the URL, or null when raw text may have changed the
 * URL's structure (a `#`, `&`, `?` or `=` in it, or a suffix that runs on from the last value)
 * so that the generator no longer knows.
 */
function successValues(c: Case): string[] | null {
  const unsure = (text: string) => /[#&?=%+]|success/i.test(text);
  if (c.suffix || c.pairs.some((p) => p.raw && unsure(p.value))) return null;
  return c.pairs.filter((p) => p.key.trim().toLowerCase() === 'success').map((p) => p.value);
}

const isTrue = (value: string) => value.trim().toLowerCase() === 'true';

interface Tally {
  accepted: number;
  declined: number;
  rejected: number;
}
const tally = (): Tally => ({ accepted: 0, declined: 0, rejected: 0 });

/** Runs the pipeline; (a) a throw fails the property by itself. */
function run(href: string, origin: string): Completion {
  return parseCompletion(readCompletionParams(href).params, origin);
}

/** A plain check: `expect` is too slow for tens of thousands of runs. fast-check prints the case. */
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** (b) and (c): what an accepted connection must look like. */
function checkSafeConnection(result: Completion, o: Origin): void {
  if (!result.ok || !result.success) return;
  const { url: stored, secrets } = result.connection;
  const url = new URL(stored);
  const expected = new URL(o.origin);
  check(url.protocol === expected.protocol, `protocol ${url.protocol}`);
  check(url.port === expected.port, `port ${url.port}`);
  const label = url.hostname.endsWith(`.${expected.hostname}`) ? url.hostname.slice(0, -expected.hostname.length - 1) : '';
  check(/^[a-z0-9-]+$/.test(label) && label !== 'www', `hostname ${url.hostname}`);
  check(url.username === '' && url.password === '', 'user info');
  check(url.pathname === '/' && url.search === '' && url.hash === '', 'path, query or fragment');
  check(stored === `${url.protocol}//${url.host}`, `stored url ${stored}`);

  check(secrets.appApiToken.trim() !== '', 'empty App API token');
  const basic = Boolean(secrets.basicUser?.trim() && secrets.basicPassword?.trim());
  const bearer = Boolean(secrets.bearerToken?.trim());
  check(basic || bearer, 'neither Basic nor Bearer');
}

/** (a) to (e) for one generated case. */
function checkCase(c: Case, o: Origin, counts: Tally): void {
  const result = run(hrefOf(c), o.origin);
  checkSafeConnection(result, o);
  const success = successValues(c);
  if (result.ok && result.success) {
    counts.accepted += 1;
    if (success) check(success.length === 1 && isTrue(success[0]!), 'accepted without a single "true"');
  } else if (result.ok) {
    counts.declined += 1;
    if (success) check(success.length === 1 && !isTrue(success[0]!), 'declined a single "true"');
  } else {
    counts.rejected += 1;
    for (const secret of c.secrets.flatMap((s) => [s, s.trim()])) {
      check(secret.length < 8 || !result.reason.includes(secret), 'a secret in the reason');
    }
  }
}

/** Every outcome must come up often enough for the invariants above not to hold vacuously. */
function expectEveryOutcome(counts: Tally, runs: number): void {
  expect(counts.accepted).toBeGreaterThan(runs * 0.05);
  expect(counts.rejected).toBeGreaterThan(runs * 0.05);
  expect(counts.declined).toBeGreaterThan(runs * 0.01);
}

/**
 * Run counts: 10,000 mutated completions against the production origin, fewer elsewhere, to keep
 * the file near 10 s on a busy machine. The timeouts leave room for a slow CI runner.
 */
const RUNS = { mutated: [10_000, 5_000], hostileUrl: 3_000, arbitrary: 3_000 };
const TIMEOUT_MS = 60_000;

describe.each(ORIGINS.map((o, i) => ({ ...o, runs: RUNS.mutated[i]! })))('completion URLs for $origin', (o) => {
  it(`holds every invariant for ${o.runs} generated and mutated completions`, () => {
    const counts = tally();
    fc.assert(fc.property(mutatedCase(o), (c) => checkCase(c, o, counts)), { numRuns: o.runs });
    expectEveryOutcome(counts, o.runs);
  }, TIMEOUT_MS);

  it('accepts only a bare subdomain of the origin, whatever the url field holds', () => {
    const counts = tally();
    const withHostileUrl = fc.tuple(validCase(o), hostileUrl(o)).map(([c, url]) => ({
      ...c,
      pairs: c.pairs.map((p) => (p.key.trim().toLowerCase() === 'url' ? { ...p, value: url } : p)),
    }));
    fc.assert(fc.property(withHostileUrl, (c) => checkCase(c, o, counts)), { numRuns: RUNS.hostileUrl });
    expect(counts.accepted).toBeGreaterThan(RUNS.hostileUrl * 0.005);
    expect(counts.rejected).toBeGreaterThan(RUNS.hostileUrl * 0.5);
  }, TIMEOUT_MS);
});

describe('arbitrary strings as the callback URL', () => {
  it('never throw and never yield an unsafe connection', () => {
    const o = ORIGINS[0]!;
    const href = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ unit: 'grapheme' }).map((s) => `${BASE}&${s}`),
      fc.string({ unit: 'binary' }).map((s) => `${BASE}#${s}`),
      fc.array(fc.tuple(fc.string(), fc.string())).map((pairs) => BASE + pairs.map(([k, v]) => `&${k}=${v}`).join('')),
    );
    fc.assert(
      fc.property(href, (text) => {
        const result = run(text, o.origin);
        checkSafeConnection(result, o);
        if (result.ok && result.success) check(/true/i.test(text), 'accepted without "true"');
      }),
      { numRuns: RUNS.arbitrary },
    );
  }, TIMEOUT_MS);
});
