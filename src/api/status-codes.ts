/**
 * One HTTP status (from the App APIs or the relay) turned into what it means for a connection.
 * OctoEverywhere's own codes are 600–613 (reference/octoeverywhere.md); new ones may appear.
 *
 * Ranges, and why:
 * - 2xx: ok.
 * - 1xx, 3xx: never expected (fetch follows or refuses redirects): an error that retrying won't fix.
 * - 400–499: not an OctoEverywhere code, so an error of ours or a changed API: `oe-error`.
 *   408, 425, 429 (timeout, too early, rate limited) and 409 (OctoPrint: printer busy or not
 *   connected) pass with time; the rest don't. 401/403 through the relay mean "OctoPrint wants a
 *   key": the caller (check.ts) looks at those before asking this table.
 * - 500–599: server or gateway trouble: temporary, except 501/505 (not supported at all).
 * - 600 unknown server error: temporary.
 * - 601 printer not connected, 602 plugin timed out: the printer is offline, a normal state.
 * - 603 not found, 604 revoked or expired: permanent until the user reconnects.
 * - 605 no Supporter Perks: the same connection works again once the owner has them.
 * - 606 credentials missing or wrong: only the relay can say it; never a reason to delete.
 * - 607/608 download/upload over the limit, 609 webcam over its time window: that one request
 *   failed, not the connection. 609 passes with time; 607/608 won't for the same request.
 * - 610 plugin update, 611 no beta access, 612 plugin error, 613 no active print: temporary.
 * - any other 6xx: a code added after this was written: a temporary OctoEverywhere error.
 * - 700 and above: not HTTP as anyone sends it: an error.
 */
export type CodeMeaning =
  | { kind: 'ok' }
  | { kind: 'printer-offline'; code: 601 | 602 }
  | { kind: 'revoked'; code: 603 | 604 }
  | { kind: 'supporter-perks-required' }
  | { kind: 'credentials-rejected' }
  | { kind: 'limit'; code: 607 | 608 | 609; temporary: boolean }
  | { kind: 'oe-error'; code: number; temporary: boolean };

const TEMPORARY_4XX = new Set([408, 409, 425, 429]);
const LASTING_5XX = new Set([501, 505]);

export function classifyStatus(code: number): CodeMeaning {
  if (code >= 200 && code <= 299) return { kind: 'ok' };
  switch (code) {
    case 601:
    case 602:
      return { kind: 'printer-offline', code };
    case 603:
    case 604:
      return { kind: 'revoked', code };
    case 605:
      return { kind: 'supporter-perks-required' };
    case 606:
      return { kind: 'credentials-rejected' };
    case 607:
    case 608:
    case 609:
      return { kind: 'limit', code, temporary: code === 609 };
  }
  if (code >= 400 && code <= 499) return { kind: 'oe-error', code, temporary: TEMPORARY_4XX.has(code) };
  if (code >= 500 && code <= 599) return { kind: 'oe-error', code, temporary: !LASTING_5XX.has(code) };
  // 600, 610–613 and unknown 6xx.
  if (code >= 600 && code <= 699) return { kind: 'oe-error', code, temporary: true };
  return { kind: 'oe-error', code, temporary: false };
}
