import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Config } from '../src/config';
import { createOeProxyMiddleware, oeProxyPlugin, resolveTarget } from './oe-proxy';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let upstream: http.Server;
let proxy: http.Server;
let upPort: number;
let proxyPort: number;
let seen: Seen[] = [];
/** What the fake upstream answers next. */
let answer = { status: 200, body: '{"ok":true}' };

const listen = (server: http.Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const close = (server: http.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

function configFor(port: number): Config {
  return { origin: `http://localhost:${port}`, appId: 'devtest', appName: 'Dash', proxyPath: '/oe', pollIntervalMs: 30000 };
}

function serve(config: Config): http.Server {
  const middleware = createOeProxyMiddleware(config);
  return http.createServer((req, res) =>
    middleware(req, res, () => {
      res.writeHead(418);
      res.end('next');
    }),
  );
}

/** A raw request: fetch would normalise `..` away before the proxy could refuse it. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; port?: number } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: options.port ?? proxyPort, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The upstream's MJPEG-like stream: parts every 20 ms until the client hangs up. */
const stream = { parts: 0, closed: false };
function serveStream(res: http.ServerResponse): void {
  stream.parts = 0;
  stream.closed = false;
  res.writeHead(200, { 'Content-Type': 'multipart/x-mixed-replace; boundary=b' });
  const timer = setInterval(() => res.write(`--b\r\nContent-Type: image/jpeg\r\n\r\npart ${++stream.parts}\r\n`), 20);
  res.on('close', () => {
    clearInterval(timer);
    stream.closed = true;
  });
}

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    if (req.url === '/webcam/stream') return serveStream(res);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(answer.status, {
        'Content-Type': 'application/json',
        'Set-Cookie': 'session=upstream',
        'WWW-Authenticate': 'Basic realm="printer"',
        'Content-Security-Policy': "default-src *",
        'Access-Control-Allow-Origin': '*',
        'Retry-After': '5',
      });
      res.end(answer.body);
    });
  });
  upPort = await listen(upstream);
  proxy = serve(configFor(upPort));
  proxyPort = await listen(proxy);
});

afterAll(async () => {
  await close(proxy);
  await close(upstream);
});

beforeEach(() => {
  seen = [];
  answer = { status: 200, body: '{"ok":true}' };
});

const browserHeaders = { Cookie: 'dash=secret', Origin: 'http://localhost:5173', Referer: 'http://localhost:5173/', 'X-Other': '1' };

describe('oe proxy middleware', () => {
  it('forwards App API requests to the origin with only the allowed headers', async () => {
    answer = { status: 604, body: '{"Status":604}' };
    const res = await send('/oe/api/appconnection/info?x=1', { headers: { ...browserHeaders, AppToken: 'tok', Accept: 'application/json' } });
    expect(res).toMatchObject({ status: 604, body: '{"Status":604}' });
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers['retry-after']).toBe('5');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request).toMatchObject({ method: 'GET', url: '/api/appconnection/info?x=1' });
    expect(request?.headers).toMatchObject({ host: `localhost:${upPort}`, apptoken: 'tok', accept: 'application/json' });
    for (const dropped of ['cookie', 'origin', 'referer', 'x-other']) expect(request?.headers[dropped], dropped).toBeUndefined();
  });

  it('forwards method and body', async () => {
    const body = JSON.stringify({ ExpirationHours: 2 });
    const res = await send('/oe/api/live/createfromappconnection', { method: 'POST', body, headers: { 'Content-Type': 'application/json', AppToken: 'tok' } });
    expect(res.status).toBe(200);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/live/createfromappconnection', body });
    expect(seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('relays to an App Connection host by its Host header, credentials included, 6xx passed back', async () => {
    answer = { status: 606, body: '{"Status":606}' };
    const host = `app-abc123.localhost:${upPort}`;
    const res = await send(`/oe/relay/${host}/api/version`, { headers: { ...browserHeaders, Authorization: 'Basic dTpw', 'X-Api-Key': 'key' } });
    expect(res).toMatchObject({ status: 606, body: '{"Status":606}' });
    expect(seen[0]).toMatchObject({ url: '/api/version' });
    expect(seen[0]?.headers).toMatchObject({ host, authorization: 'Basic dTpw', 'x-api-key': 'key' });
    expect(seen[0]?.headers.cookie).toBeUndefined();
    await send(`/oe/relay/${host}`);
    await send(`/oe/relay/${host}?q=1`);
    expect(seen.slice(1).map((s) => s.url)).toEqual(['/', '/?q=1']);
  });

  it('marks every answer it relays, and its own, as inert: sandboxed, no sniffing', async () => {
    const relayed = await send(`/oe/relay/app-abc123.localhost:${upPort}/downloads/page.html`);
    const api = await send('/oe/api/appconnection/info');
    const refused = await send('/oe/relay/example.com/x');
    for (const res of [relayed, api, refused]) {
      expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(refused.status).toBe(403);
  });

  it.each([
    ['a plain other host', 'example.com'],
    ['another host on the same port', 'example.com:PORT'],
    ['a look-alike host', 'app-abc.localhost.evil.net'],
    ['a look-alike with the port', 'app-abc.localhost.evil.net:PORT'],
    ['a suffix without the dot', 'evillocalhost:PORT'],
    ['the origin itself', 'localhost:PORT'],
    ['a subdomain on another port', 'app-abc.localhost:1'],
    ['a subdomain without the port', 'app-abc.localhost'],
    ['a loopback address', '127.0.0.1:PORT'],
    ['user info', 'user@app-abc.localhost:PORT'],
    ['an escaped host', 'app-abc%2elocalhost:PORT'],
    ['an invalid label', 'app_abc.localhost:PORT'],
    ['two labels under the origin', 'app-abc.evil.localhost:PORT'],
    ['www', 'www.localhost:PORT'],
    ['an empty host', ''],
  ])('refuses %s with 403 and sends nothing', async (_name, raw) => {
    const host = raw.replace('PORT', String(upPort));
    const res = await send(`/oe/relay/${host}/api/version`, { headers: { Authorization: 'Basic dTpw' } });
    expect(res.status).toBe(403);
    expect(res.body).toBe('Not an App Connection host');
    expect(seen).toEqual([]);
  });

  it('refuses paths that climb out of /api/ or the relay root', async () => {
    for (const path of ['/oe/api/../appportal/v1/', '/oe/api/%2e%2e/x', '/oe/api/a%2F..%2F..%2Fb', `/oe/relay/app-a.localhost:${upPort}/../x`, '/oe/api/a\\..\\b']) {
      expect((await send(path)).status, path).toBe(400);
    }
    expect(seen).toEqual([]);
  });

  it('checks the path after URL parsing: a TAB or newline the parser drops cannot make a climbing path', () => {
    const config = configFor(upPort);
    for (const path of ['/oe/api/.\t./appportal/v1/', '/oe/api/.\n./x', '/oe/api/\t../x', `/oe/relay/app-a.localhost:${upPort}/.\t./x`, '/oe/api/%2e%2E/x']) {
      expect(resolveTarget(config, path), JSON.stringify(path)).toEqual({ status: 400, message: 'Bad path' });
    }
    const ok = resolveTarget(config, '/oe/api/appconnection/info?x=%20y');
    expect(ok && 'target' in ok ? ok.target.href : ok).toBe(`http://localhost:${upPort}/api/appconnection/info?x=%20y`);
  });

  it('forwards an encoded path exactly as received', async () => {
    await send(`/oe/relay/app-abc.localhost:${upPort}/downloads/files/local/My%20Part.gcode`);
    await send(`/oe/relay/app-abc.localhost:${upPort}/a%3Fb?c=d%26e`);
    expect(seen.map((s) => s.url)).toEqual(['/downloads/files/local/My%20Part.gcode', '/a%3Fb?c=d%26e']);
  });

  it('leaves other paths to the next handler, and answers 404 under the proxy path', async () => {
    expect((await send('/index.html')).body).toBe('next');
    expect((await send('/oex/api/appconnection/info')).body).toBe('next');
    expect((await send('/oe')).body).toBe('next');
    expect((await send('/oe/other')).status).toBe(404);
    expect(seen).toEqual([]);
  });

  it('streams a never-ending answer through as it comes, and hangs up upstream when the browser does', async () => {
    const received: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: proxyPort, path: `/oe/relay/app-abc123.localhost:${upPort}/webcam/stream` }, (res) => {
        expect(res.headers['content-type']).toBe('multipart/x-mixed-replace; boundary=b');
        res.setEncoding('latin1');
        res.on('data', (chunk: string) => {
          received.push(chunk);
          // Three parts in, while the upstream is still sending: nothing waited for the end.
          if (received.join('').includes('part 3')) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on('error', (error) => (received.length > 0 ? undefined : reject(error)));
      req.end();
    });
    expect(received.length).toBeGreaterThanOrEqual(2);
    await vi.waitFor(() => expect(stream.closed).toBe(true));
    const sent = stream.parts;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stream.parts).toBe(sent);
  });

  it('answers 502 when the upstream cannot be reached, without the credentials', async () => {
    const spare = http.createServer();
    const deadPort = await listen(spare);
    await close(spare);
    const server = serve(configFor(deadPort));
    const port = await listen(server);
    try {
      const res = await send('/oe/api/appconnection/info', { port, headers: { AppToken: 'SECRET-TOKEN' } });
      expect(res.status).toBe(502);
      expect(res.body).not.toContain('SECRET-TOKEN');
    } finally {
      await close(server);
    }
  });
});

describe('oeProxyPlugin', () => {
  type Hook = (server: { middlewares: { use: (handler: unknown) => void } }) => void;
  const attached = (config: Config | null) => {
    const plugin = oeProxyPlugin(config);
    const use = vi.fn();
    (plugin.configureServer as unknown as Hook)({ middlewares: { use } });
    (plugin.configurePreviewServer as unknown as Hook)({ middlewares: { use } });
    return use.mock.calls.length;
  };

  it('serves the proxy in dev and preview only when a proxy path is set', () => {
    expect(attached(configFor(1))).toBe(2);
    expect(attached({ ...configFor(1), proxyPath: null })).toBe(0);
    expect(attached(null)).toBe(0);
  });
});
