// The App Connection URL (app-<id>.localhost:<port>): OctoEverywhere's checks, then the simulated printer
// (the plugin's command API, and the host software's own routes where the platform has them).
import { API_CORS_HEADERS, API_CORS_METHODS, header, sendJson, sendText, setCors, sleep, type Req, type Res } from './http-util';
import { handleOctoPrint } from './octoprint';
import { COMMAND_PREFIX, handlePluginApi } from './plugin-api';
import { relayErrorBody, relayFateError } from './oe-status';
import type { StubContext } from './state';
import type { StubConnection } from './types';

/** True when Authorization carries this connection's Basic pair or its Bearer token. */
function credentialsOk(req: Req, c: StubConnection): boolean {
  const auth = header(req, 'authorization')?.trim();
  if (!auth) return false;
  const space = auth.indexOf(' ');
  if (space < 0) return false;
  const scheme = auth.slice(0, space).toLowerCase();
  const value = auth.slice(space + 1).trim();
  if (scheme === 'bearer') return c.authBearerToken !== null && value === c.authBearerToken;
  if (scheme !== 'basic' || c.authBasicHttpUser === null || c.authBasicHttpPassword === null) return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && decoded.slice(0, colon) === c.authBasicHttpUser && decoded.slice(colon + 1) === c.authBasicHttpPassword;
}

/** Paths other than the command API: OctoPrint's routes where the platform has OctoPrint, else 404. */
function hostRoutes(res: Res, req: Req, url: URL, c: StubConnection): void {
  switch (c.printer.platform) {
    case 'octoprint':
    case 'octoprint-old':
      return handleOctoPrint(req, res, url, c);
    case 'klipper':
      // Moonraker without [octoprint_compat].
      return sendJson(res, 404, { error: { code: 404, message: 'Not Found', traceback: '' } });
    case 'bambu':
      return sendText(res, 404, 'Not found');
  }
}

export async function handleRelay(ctx: StubContext, req: Req, res: Res, url: URL, id: string): Promise<void> {
  if (ctx.state.settings.cors) setCors(req, res, API_CORS_METHODS, API_CORS_HEADERS);
  if (req.method === 'OPTIONS') {
    // Preflights carry no credentials: answer before any check.
    res.writeHead(204);
    res.end();
    return;
  }
  const connection = ctx.state.connections.get(id);
  if (!connection) return sendJson(res, 603, relayErrorBody(603));
  await sleep(connection.delayMs);
  // Read the fate after the delay: a test may change it while the answer is pending.
  const code = relayFateError(connection.fate);
  if (code === 502) return sendText(res, 502, 'Bad Gateway');
  if (code !== null) return sendJson(res, code, relayErrorBody(code));
  if (!credentialsOk(req, connection)) return sendJson(res, 606, relayErrorBody(606));
  // The plugin takes the command paths (matched lower-cased) before the printer's host software sees them.
  if (url.pathname.toLowerCase().startsWith(COMMAND_PREFIX)) return handlePluginApi(req, res, url, connection);
  hostRoutes(res, req, url, connection);
}
