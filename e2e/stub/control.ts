// The control endpoint (/__control/*): tests set settings and fates, and read the request log.
import { readJsonObject, sendJson, setCors, type Req, type Res } from './http-util';
import { advance, applyLegacyOctoPrint, applyPrinterPatch, startPrint } from './printer-sim';
import type { StubContext } from './state';
import { validateConnectionPatch, validateSettingsPatch } from './validate';
import { isNumber, validateStartPrint } from './validate-printer';

function noContent(res: Res): void {
  res.writeHead(204);
  res.end();
}

/** Answers every /__control/* request (always with CORS, so a browser page may drive it too). */
export async function handleControl(ctx: StubContext, req: Req, res: Res, url: URL): Promise<void> {
  setCors(req, res, 'GET, POST, PATCH, DELETE, OPTIONS', 'Content-Type');
  const { state } = ctx;
  const path = url.pathname.replace(/\/+$/, '');
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') return noContent(res);

  if (path === '/__control/reset' && method === 'POST') {
    state.reset();
    return sendJson(res, 200, { ok: true });
  }
  if (path === '/__control/settings') {
    if (method === 'GET') return sendJson(res, 200, state.settings);
    if (method === 'PATCH') {
      const patch = validateSettingsPatch(await readJsonObject(req));
      if (typeof patch === 'string') return sendJson(res, 400, { error: patch });
      state.settings = { ...state.settings, ...structuredClone(patch) };
      return sendJson(res, 200, state.settings);
    }
  }
  if (path === '/__control/connections' && method === 'GET') {
    return sendJson(res, 200, [...state.connections.values()]);
  }
  const match = /^\/__control\/connections\/([^/]+)(\/print)?$/.exec(path);
  if (match && (method === 'PATCH' || (match[2] && method === 'POST'))) {
    const connection = state.connections.get(decodeURIComponent(match[1] ?? ''));
    if (!connection) return sendJson(res, 404, { error: 'unknown connection id' });
    if (match[2]) {
      const job = validateStartPrint(await readJsonObject(req));
      if (typeof job === 'string') return sendJson(res, 400, { error: job });
      startPrint(connection.printer, job);
      return sendJson(res, 200, connection);
    }
    const patch = validateConnectionPatch(await readJsonObject(req));
    if (typeof patch === 'string') return sendJson(res, 400, { error: patch });
    const { gadget, octoprint, printer, webcam, ...rest } = patch;
    Object.assign(connection, rest);
    if (gadget) connection.gadget = { ...connection.gadget, ...gadget };
    if (webcam) connection.webcam = { ...connection.webcam, ...webcam };
    if (printer) applyPrinterPatch(connection.printer, printer);
    if (octoprint) applyLegacyOctoPrint(connection.printer, octoprint);
    return sendJson(res, 200, connection);
  }
  if (path === '/__control/clock' && method === 'POST') {
    // Time stands still unless a test moves it: every printer advances together.
    const { advanceSec } = await readJsonObject(req);
    if (!isNumber(advanceSec) || (advanceSec as number) < 0 || (advanceSec as number) > 7 * 86_400) {
      return sendJson(res, 400, { error: 'advanceSec must be a number of seconds from 0 to 604800' });
    }
    for (const c of state.connections.values()) advance(c.printer, advanceSec as number);
    return sendJson(res, 200, { advancedSec: advanceSec });
  }
  if (path === '/__control/requests') {
    if (method === 'GET') return sendJson(res, 200, state.requests);
    if (method === 'DELETE') {
      state.requests.length = 0;
      return noContent(res);
    }
  }
  sendJson(res, 404, { error: `no control route ${method} ${path}` });
}
