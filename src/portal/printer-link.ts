/**
 * The rule for the printer's OctoEverywhere page (`userPrinterAccessUrl` in a completion or a
 * backup, `UserFacingPrinterUrl` from the info API): a link the card shows, so it must lead to
 * OctoEverywhere and nowhere else. Kept only when it has the origin's scheme (https, or http for
 * the local stub) and port, and its host is the origin's host or a subdomain of it; no user info.
 * Anything else is dropped, never "fixed": a phishing page must not wear the dashboard's trust.
 */
export function printerLink(raw: string | null | undefined, origin: string): string | undefined {
  const text = raw?.trim();
  // The URL parser drops tabs and newlines, and reads `\` as `/`: refuse them rather than guess.
  if (!text || /[\s\u0000-\u001f\u007f\\]/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const expected = new URL(origin);
  const host = url.hostname;
  const onOrigin = host === expected.hostname || host.endsWith(`.${expected.hostname}`);
  if (url.protocol !== expected.protocol || url.port !== expected.port || url.username || url.password || !onOrigin) return undefined;
  return url.href;
}
