// OctoEverywhere's App APIs (header AppToken): connection info, Gadget status, Live Links.
import { API_CORS_HEADERS, API_CORS_METHODS, header, readJsonObject, sendJson, sendText, setCors, sleep, type Req, type Res } from './http-util';
import { apiErrorBody, apiFateError } from './oe-status';
import { isActive } from './printer-sim';
import { hex } from './random';
import type { StubContext } from './state';
import type { StubConnection } from './types';

const MB = 1024 * 1024;

type Body = Record<string, unknown>;
type Answer = (ctx: StubContext, c: StubConnection, body: Body) => { status: number; result: unknown };

/** Body fields matched case-insensitively, as the real (ASP.NET) service binds JSON. */
function field(body: Body, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

function info(ctx: StubContext, c: StubConnection): { status: number; result: unknown } {
  const online = c.fate !== 'offline';
  const connectedAt = c.createdAt - 3600_000;
  const limits: Record<string, unknown> = {
    MaxDownloadFileSizeBytes: 250 * MB,
    MaxUploadFileSizeBytes: 100 * MB,
    MaxSingleWebcamStreamLengthSeconds: c.webcam.maxStreamSec,
  };
  if (ctx.state.settings.responseShape === 'wrapped') {
    // Real responses carry these two as well (null for most accounts).
    limits.MaxTotalWebcamStreamTimePerTimeWindowSeconds = null;
    limits.WebcamStreamTimeWindow = null;
  }
  return {
    status: 200,
    result: {
      PrinterName: c.printerName,
      PrinterLocalIp: c.printerLastKnownLocalIp,
      IsOnline: online,
      LastDisconnectTimeUtc: new Date(online ? connectedAt - 3600_000 : Date.now()).toISOString(),
      LastConnectionTimeUtc: new Date(connectedAt).toISOString(),
      UserFacingPrinterUrl: c.userPrinterAccessUrl,
      PrinterLimits: limits,
    },
  };
}

function liveLink(ctx: StubContext, c: StubConnection, body: Body): { status: number; result: unknown } {
  const hours = field(body, 'ExpirationHours');
  if (hours !== undefined && hours !== null && (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > 17520)) {
    return { status: 400, result: apiErrorBody(400, 'ExpirationHours must be an integer from 1 to 17520') };
  }
  const printing = isActive(c.printer.state);
  if (field(body, 'EndWhenCurrentPrintIsComplete') === true && !printing) return { status: 613, result: apiErrorBody(613) };
  const liveId = hex(16);
  return { status: 200, result: { LiveId: liveId, Url: `${ctx.origin}/live/${liveId}`, ShortUrl: `${ctx.origin}/l/${liveId}` } };
}

const ROUTES: Record<string, { method: 'GET' | 'POST'; answer: Answer }> = {
  '/api/appconnection/info': { method: 'GET', answer: info },
  '/api/gadget/getstatusfromappconnection': { method: 'POST', answer: (_ctx, c) => ({ status: 200, result: { ...c.gadget } }) },
  '/api/live/createfromappconnection': { method: 'POST', answer: liveLink },
};

/** Answers /api/* on the portal host; returns false for other paths. */
export async function handleAppApi(ctx: StubContext, req: Req, res: Res, url: URL): Promise<boolean> {
  const path = url.pathname.toLowerCase();
  if (!path.startsWith('/api/')) return false;
  if (ctx.state.settings.cors) setCors(req, res, API_CORS_METHODS, API_CORS_HEADERS);
  if (req.method === 'OPTIONS') {
    // Without CORS headers this 204 still fails the browser's preflight, as intended.
    res.writeHead(204);
    res.end();
    return true;
  }
  const route = ROUTES[path];
  if (!route) {
    sendJson(res, 404, apiErrorBody(404, 'Not found'));
    return true;
  }
  if (req.method !== route.method) {
    res.setHeader('Allow', `${route.method}, OPTIONS`);
    sendJson(res, 405, apiErrorBody(405, 'Method not allowed'));
    return true;
  }
  const body = route.method === 'POST' ? await readJsonObject(req) : {};
  const bodyToken = field(body, 'AppToken');
  const connection = ctx.state.byAppToken(header(req, 'apptoken') ?? (typeof bodyToken === 'string' ? bodyToken : undefined));
  if (!connection) {
    sendJson(res, 603, apiErrorBody(603));
    return true;
  }
  await sleep(connection.delayMs);
  // Read the fate after the delay: a test may change it while the answer is pending.
  const code = apiFateError(connection.fate);
  if (code === 500) sendText(res, 500, 'Internal Server Error');
  else if (code !== null) sendJson(res, code, apiErrorBody(code));
  else {
    const { status, result } = route.answer(ctx, connection, body);
    const wrapped = status === 200 && ctx.state.settings.responseShape === 'wrapped';
    sendJson(res, status, wrapped ? { Status: 200, Error: '', IsUserError: false, Result: result } : result);
  }
  return true;
}
