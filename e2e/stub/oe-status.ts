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
 * The error an App API answers for a fate, or null when it answers normally.
 * 'offline' and 'badcredentials' answer normally: the info API reports IsOnline and cannot see
 * the App Connection credentials.
 */
export function apiFateError(fate: Fate): number | null {
  switch (fate) {
    case 'revoked':
      return 604;
    case 'notfound':
      return 603;
    case 'nosupporterperks':
      return 605;
    case 'servererror':
      return 600;
    case 'failing':
      return 500;
    default:
      return null;
  }
}

/** The error the relay answers for a fate before looking at credentials, or null. */
export function relayFateError(fate: Fate): number | null {
  switch (fate) {
    case 'revoked':
      return 604;
    case 'notfound':
      return 603;
    case 'offline':
      return 601;
    case 'nosupporterperks':
      return 605;
    case 'servererror':
      return 600;
    case 'failing':
      return 502;
    case 'badcredentials':
      return 606;
    default:
      return null;
  }
}
