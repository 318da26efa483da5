/**
 * The rules for the links the dashboard shows a person, each written once. A value a rule refuses
 * is dropped, never "fixed": a phishing page must not wear the dashboard's trust. No imports: the
 * portal's answer, backups, the info API and Live Links all read their links here.
 */

/** The URL parser drops tabs and newlines and reads `\` as `/`: text holding them is refused, not guessed at. */
export const HIDDEN_CHARACTERS = /[\s\u0000-\u001f\u007f\\]/;

/** An absolute URL without user info, or undefined. */
function parseLink(raw: string | null | undefined): URL | undefined {
  const text = raw?.trim();
  if (!text || HIDDEN_CHARACTERS.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.username || url.password ? undefined : url;
  } catch {
    return undefined;
  }
}

/**
 * The printer's OctoEverywhere page (`userPrinterAccessUrl` in a completion or a backup,
 * `UserFacingPrinterUrl` from the info API): it must lead to OctoEverywhere and nowhere else. Kept
 * only with the origin's scheme (https, or http for the local stub) and port, on the origin's host
 * or a subdomain of it.
 */
export function printerLink(raw: string | null | undefined, origin: string): string | undefined {
  const url = parseLink(raw);
  if (!url) return undefined;
  const expected = new URL(origin);
  const host = url.hostname;
  const onOrigin = host === expected.hostname || host.endsWith(`.${expected.hostname}`);
  return url.protocol === expected.protocol && url.port === expected.port && onOrigin ? url.href : undefined;
}

/**
 * A web page on any host, e.g. a Live Link (its short form may live on a host of its own): only
 * `https:` or `http:`, so a `javascript:` or `data:` URL never becomes a link to click and copy.
 */
export function webLink(raw: unknown): string | undefined {
  const url = typeof raw === 'string' ? parseLink(raw) : undefined;
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : undefined;
}
