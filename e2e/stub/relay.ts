// The App Connection URL (app-<id>.localhost:<port>): OctoEverywhere's checks, then a simulated OctoPrint.
import { API_CORS_HEADERS, API_CORS_METHODS, header, sendJson, sendText, setCors, sleep, type Req, type Res } from './http-util';
import { jobBody, printerBody, VERSION } from './octoprint';
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

function octoPrint(res: Res, req: Req, url: URL, c: StubConnection): void {
  // A connection without a key fails every key, as OctoPrint would.
  if (c.octoPrintApiKey === null || header(req, 'x-api-key') !== c.octoPrintApiKey) {
    return sendJson(res, 403, { error: 'Forbidden' });
  }
  const route = req.method === 'GET' ? url.pathname : null;
  switch (route) {
    case '/api/version':
      return sendJson(res, 200, VERSION);
    case '/api/printer':
      if (c.octoprint.state === 'Disconnected') return sendText(res, 409, 'Printer is not operational');
      return sendJson(res, 200, printerBody(c.octoprint));
    case '/api/job':
      return sendJson(res, 200, jobBody(c.octoprint));
    case '/api/settings':
      return sendJson(res, 200, { webcam: { snapshotUrl: null, streamUrl: null } });
    // The OctoEverywhere plugin's own OctoPrint API: which OctoEverywhere printer this is.
    case '/api/plugin/octoeverywhere':
      return sendJson(res, 200, { PluginVersion: '4.1.0', PrinterId: c.printerId });
    default:
      return sendJson(res, 404, { error: 'Not found' });
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
  octoPrint(res, req, url, connection);
}
