import type { PortalConnection } from '../model';
import { checkAppConnectionUrl } from './connection-url';
import { printerLink } from '../links';
import { ATTEMPT_PARAM, isNonce } from './nonce';

/** What the callback page's URL carries, read from both its query and its fragment. */
export interface CompletionParams {
  params: Map<string, string>;
  /** The first key seen twice, if any: such a URL is refused as a whole. */
  repeated: string | null;
}

export type Completion =
  | { ok: true; success: true; connection: PortalConnection }
  | { ok: true; success: false }
  | { ok: false; reason: string };

/**
 * Reads every `key=value` pair from the query and the fragment. Keys are trimmed and lower-cased
 * (docs, old docs and shipping apps spell them three ways); a `?` inside the query counts as a
 * separator, since how the portal appends to a returnUrl that has a query is undocumented.
 * A key seen twice makes the whole URL suspect, so it is refused.
 */
export function readCompletionParams(href: string): CompletionParams {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { params: new Map(), repeated: null };
  }
  const raw = [url.search.slice(1).replaceAll('?', '&'), url.hash.slice(1).replace(/^[?&]/, '')];
  const params = new Map<string, string>();
  const seen = new Set<string>();
  let repeated: string | null = null;
  for (const part of raw) {
    for (const [key, value] of new URLSearchParams(part)) {
      const name = key.trim().toLowerCase();
      if (!name) continue;
      if (seen.has(name)) {
        repeated ??= name.slice(0, 40);
        params.delete(name);
        continue;
      }
      seen.add(name);
      params.set(name, value);
    }
  }
  return { params, repeated };
}

export function attemptNonceOf(params: Map<string, string>): string | null {
  const nonce = params.get(ATTEMPT_PARAM);
  return isNonce(nonce) ? nonce : null;
}

const MAX = 4096;

/** Field rules: [required, max length, pattern]. Hand-written, not zod: the callback page's budget is 4 kB. */
const FIELDS = {
  id: [true, 200, /^[A-Za-z0-9._~-]+$/],
  url: [true, MAX, null],
  appapitoken: [true, MAX, null],
  printername: [false, MAX, null],
  userprinteraccessurl: [false, MAX, null],
  printerlastknownlocalip: [false, 64, null],
  authbasichttpuser: [false, MAX, null],
  authbasichttppassword: [false, MAX, null],
  authbearertoken: [false, MAX, null],
  octoprintapikey: [false, MAX, null],
} as const satisfies Record<string, readonly [boolean, number, RegExp | null]>;

type Field = keyof typeof FIELDS;

const FIELD_NAMES: Partial<Record<Field, string>> = {
  id: 'the App Connection id',
  url: 'the App Connection URL',
  appapitoken: 'the App API token',
};

/** Trimmed values of the known fields (empty counts as absent), or the first field that breaks its rule. */
function readFields(params: Map<string, string>): { ok: true; fields: Partial<Record<Field, string>> } | { ok: false; field: Field } {
  const fields: Partial<Record<Field, string>> = {};
  for (const [name, [required, max, pattern]] of Object.entries(FIELDS) as [Field, (typeof FIELDS)[Field]][]) {
    const value = params.get(name)?.trim() ?? '';
    if (!value) {
      if (required) return { ok: false, field: name };
      continue;
    }
    if (value.length > max || (pattern && !pattern.test(value))) return { ok: false, field: name };
    fields[name] = value;
  }
  return { ok: true, fields };
}

/**
 * Validates a completion against the configured OctoEverywhere origin. Never throws; a rejection
 * carries a reason a person can read, and never echoes a secret.
 */
export function parseCompletion(params: Map<string, string>, origin: string): Completion {
  const success = params.get('success');
  if (success === undefined) return { ok: false, reason: 'The portal\'s answer has no "success" field.' };
  if (success.trim().toLowerCase() !== 'true') return { ok: true, success: false };

  const read = readFields(params);
  if (!read.ok) {
    return { ok: false, reason: `The portal's answer is missing or has an invalid ${FIELD_NAMES[read.field] ?? read.field}.` };
  }
  const f = read.fields as Partial<Record<Field, string>> & Record<'id' | 'url' | 'appapitoken', string>;
  const checked = checkAppConnectionUrl(f.url, origin);
  if (!checked.ok) return { ok: false, reason: checked.reason };

  const hasBasic = Boolean(f.authbasichttpuser && f.authbasichttppassword);
  const bearer = f.authbearertoken || undefined;
  if (!hasBasic && !bearer) {
    return { ok: false, reason: 'The portal\'s answer carries no App Connection credentials (neither Basic nor Bearer).' };
  }
  return {
    ok: true,
    success: true,
    connection: {
      id: f.id,
      url: checked.url,
      printerName: f.printername || f.id,
      userPrinterAccessUrl: printerLink(f.userprinteraccessurl, origin),
      printerLastKnownLocalIp: f.printerlastknownlocalip || undefined,
      secrets: {
        appApiToken: f.appapitoken,
        basicUser: hasBasic ? f.authbasichttpuser : undefined,
        basicPassword: hasBasic ? f.authbasichttppassword : undefined,
        bearerToken: bearer,
        octoPrintApiKey: f.octoprintapikey || undefined,
      },
    },
  };
}
