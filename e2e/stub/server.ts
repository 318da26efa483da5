// The stub OctoEverywhere origin: one http server, routed by Host header.
//   localhost:<port>          portal pages, App APIs, /__control
//   app-<id>.localhost:<port> the relay to connection <id>'s simulated OctoPrint
//   anything else             421
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAppApi } from './app-api';
import { handleControl } from './control';
import { BodyError, bodiesRead, header, sendJson, sendText, type Req, type Res } from './http-util';
import { handlePortal } from './portal';
import { handleRelay } from './relay';
import { StubState, type StubContext } from './state';
import type { LoggedRequest } from './types';

export interface RunningStub {
  /** http://localhost:<port> */
  origin: string;
  port: number;
  close(): Promise<void>;
}

function logRequest(ctx: StubContext, req: Req, res: Res, host: string, path: string): void {
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'apptoken', 'x-api-key']) {
    const value = header(req, name);
    if (value !== undefined) headers[name] = value;
  }
  const entry: LoggedRequest = {
    at: Date.now(),
    method: req.method ?? '',
    host,
    path,
    origin: header(req, 'origin') ?? null,
    referer: header(req, 'referer') ?? null,
    userAgentIsBrowser: /Mozilla\//.test(header(req, 'user-agent') ?? ''),
    headers,
    status: 0,
  };
  ctx.state.log(entry);
  // Logged on arrival (keeps the order), completed when the answer is sent.
  res.on('finish', () => {
    entry.status = res.statusCode;
    const body = bodiesRead.get(req);
    if (body) entry.body = body;
  });
}

async function route(ctx: StubContext, req: Req, res: Res): Promise<void> {
  const host = (header(req, 'host') ?? '').toLowerCase();
  const rawPath = req.url ?? '/';
  // Prefixing keeps a path like "//x" a path rather than a host.
  let url: URL;
  try {
    url = new URL(`http://stub${rawPath.startsWith('/') ? rawPath : '/' + rawPath}`);
  } catch {
    return sendText(res, 400, 'Bad request target');
  }
  const isControl = url.pathname === '/__control' || url.pathname.startsWith('/__control/');
  if (!isControl) logRequest(ctx, req, res, host, rawPath);

  if (host === `localhost:${ctx.port}`) {
    if (isControl) return handleControl(ctx, req, res, url);
    if (await handleAppApi(ctx, req, res, url)) return;
    if (await handlePortal(ctx, req, res, url)) return;
    return sendText(res, 404, 'Not found');
  }
  const relay = /^app-([a-z0-9]+)\.localhost:(\d+)$/.exec(host);
  if (relay && relay[2] === String(ctx.port)) return handleRelay(ctx, req, res, url, relay[1] ?? '');
  sendText(res, 421, `Misdirected request: this stub answers localhost:${ctx.port} and app-<id>.localhost:${ctx.port}`);
}

function fail(res: Res, err: unknown): void {
  const badRequest = err instanceof BodyError || err instanceof URIError;
  if (!badRequest) console.error('stub: unexpected error', err);
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJson(res, badRequest ? 400 : 500, { error: err instanceof Error ? err.message : String(err) });
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Starts a stub with fresh state; port 0 picks a free port. */
export async function startStub(opts: { port: number; host?: string }): Promise<RunningStub> {
  const ctx: StubContext = { state: new StubState(), port: opts.port, origin: '' };
  const server = createServer((req, res) => {
    route(ctx, req, res).catch((err: unknown) => fail(res, err));
  });
  // Chromium resolves localhost and every *.localhost name to loopback, so 127.0.0.1 serves all.
  await listen(server, opts.port, opts.host ?? '127.0.0.1');
  ctx.port = (server.address() as AddressInfo).port;
  ctx.origin = `http://localhost:${ctx.port}`;
  return {
    origin: ctx.origin,
    port: ctx.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
