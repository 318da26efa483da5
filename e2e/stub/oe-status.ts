// OctoEverywhere's own status codes, and how each connection fate maps onto them.
import type { Fate } from './types';

const MESSAGES: Record<number, string> = {
  600: 'Unknown server error',
  601: 'The printer is not connected to OctoEverywhere',
  603: 'App Connection not found',
  604: 'App Connection revoked or expired',
  605: 'The owner of this printer no longer has Supporter Perks',
  606: 'Missing or invalid App Connection credentials',
  613: 'There is no active print',
};

/** Codes the caller can act on (vs. server trouble): reported as IsUserError. */
const USER_ERRORS = new Set([603, 604, 605, 606, 613]);

export function oeMessage(code: number): string {
  return MESSAGES[code] ?? 'Error';
}

/** The App API error body. */
export function apiErrorBody(code: number, message = oeMessage(code)) {
  return { Status: code, Error: message, IsUserError: USER_ERRORS.has(code) };
}

/** The relay error body. */
export function relayErrorBody(code: number, message = oeMessage(code)) {
  return { Status: code, Error: message };
}

/**
 * What OctoEverywhere answers for each fate, one row a fate: `api` is the App APIs' error, `relay`
 * the relay's before it looks at credentials; null answers normally. 'offline' and
 * 'badcredentials' answer normally at the App APIs: the info API reports IsOnline and cannot see
 * the App Connection credentials. 500 and 502 are a gateway's plain-text pages, not OctoEverywhere's
 * JSON. The printer fates pass both and reach the plugin (plugin-api.ts, PLUGIN_FATES).
 */
const FATE_ERRORS: Record<Fate, { api: number | null; relay: number | null }> = {
  online: { api: null, relay: null },
  offline: { api: null, relay: 601 },
  revoked: { api: 604, relay: 604 },
  notfound: { api: 603, relay: 603 },
  nosupporterperks: { api: 605, relay: 605 },
  badcredentials: { api: null, relay: 606 },
  servererror: { api: 600, relay: 600 },
  failing: { api: 500, relay: 502 },
  hostnotconnected: { api: null, relay: null },
  toomanyclients: { api: null, relay: null },
  noprintercredentials: { api: null, relay: null },
  malformed: { api: null, relay: null },
};

/** The error an App API answers for a fate, or null when it answers normally. */
export const apiFateError = (fate: Fate): number | null => FATE_ERRORS[fate].api;

/** The error the relay answers for a fate before looking at credentials, or null. */
export const relayFateError = (fate: Fate): number | null => FATE_ERRORS[fate].relay;
