import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../src/config';
import { makeCa, makeLeaf } from './nginx-harness/certs';
import { startDnsStub, type DnsStub } from './nginx-harness/dns';
import { findNginx, freePort, hasOpenssl, readmeNginxSnippet, startNginx, substitute, type RunningNginx } from './nginx-harness/nginx';
import { securityHeaders } from './security-headers';

/**
 * The README's nginx configuration, copied from README.md at run time, in a real nginx on
 * loopback, in front of an HTTPS stand-in for OctoEverywhere. Only these change (each must occur):
 * `octoeverywhere.com` becomes `oe.test`, a zone a DNS stub on loopback answers for (so the
 * README's `resolver` and variable `proxy_pass` run for real); the resolver's address; the listen
 * address; the site's certificate, the static root and the trusted CA file become the test's.
 * The stand-in listens on port 443 of a random 127.x.y.z address, as the real service does.
 */
const nginx = findNginx();
const missing = !nginx ? 'nginx is not installed (Debian: apt-get install nginx)' : !hasOpenssl() ? 'the openssl command is missing' : null;
const STAND_IN = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
const denied = missing ? null : await canListen(STAND_IN, 443);
const skip = missing ?? denied;
if (skip) console.warn(`scripts/nginx.test.ts SKIPPED: ${skip}. The README's nginx configuration is not tested here.`);

async function canListen(host: string, port: number): Promise<string | null> {
  const probe = net.createServer();
  return new Promise((resolve) => {
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(`cannot listen on ${host}:${port} (${error.code}); run as root`));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}

interface Seen {
  url: string;
  host: string | undefined;
  servername: string | false;
  headers: IncomingHttpHeaders;
}

const SITE = 'printers.example.com';
const PAGE_CSP = securityHeaders({ origin: 'https://octoeverywhere.com', appId: 'x', appName: 'x', proxyPath: '/oe', pollIntervalMs: 30000 })['Content-Security-Policy'];
let dir: string;
let caPem: string;
let port: number;
let dns: DnsStub;
let standIn: https.Server;
let server: RunningNginx;
let seen: Seen[] = [];

/** A raw request to nginx (fetch would normalise `..` and encodings away before nginx saw them). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, path, headers, servername: SITE, ca: caPem }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const ca = makeCa(dir, 'test-ca');
  caPem = ca.cert;
  const good = makeLeaf(dir, 'oe', ['oe.test', '*.oe.test'], ca);
  // Served for two names only: a certificate nobody trusts, and a trusted one for another name.
  const byName: Record<string, tls.SecureContext> = {
    'app-untrusted.oe.test': tls.createSecureContext(makeLeaf(dir, 'untrusted', ['*.oe.test'], null)),
    'app-othername.oe.test': tls.createSecureContext(makeLeaf(dir, 'other', ['other.test'], ca)),
  };
  const site = makeLeaf(dir, 'site', [SITE], ca);
  standIn = https.createServer({ cert: good.cert, key: good.key, SNICallback: (name, done) => done(null, byName[name]) }, (req, res) => {
    const socket = req.socket as tls.TLSSocket;
    seen.push({ url: req.url ?? '', host: req.headers.host, servername: socket.servername ?? false, headers: req.headers });
    if (req.url === '/webcam/stream') return slowStream(res);
    const status = /^\/api\/status\/(\d{3})$/.exec(req.url ?? '')?.[1];
    res.writeHead(status ? Number(status) : 200, {
      'Content-Type': req.url?.endsWith('.html') ? 'text/html' : 'application/json',
      'Set-Cookie': 'session=upstream; Path=/',
      'WWW-Authenticate': 'Basic realm="printer"',
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload',
    });
    res.end(req.url?.endsWith('.html') ? '<script>alert(document.domain)</script>' : '{"ok":true}');
  });
  await new Promise<void>((resolve) => standIn.listen(443, STAND_IN, resolve));
  dns = await startDnsStub('oe.test', (standIn.address() as AddressInfo).address);

  const root = join(dir, 'dist');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Printer Dashboard</title>');
  port = await freePort();
  const snippet = substitute(readmeNginxSnippet(join(import.meta.dirname, '..', 'README.md')), [
    ['octoeverywhere\\.com', 'oe\\.test'],
    ['octoeverywhere.com', 'oe.test'],
    ['resolver 127.0.0.53', `resolver 127.0.0.1:${dns.port}`],
    ['listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`],
    [`/etc/letsencrypt/live/${SITE}/fullchain.pem`, site.certPath],
    [`/etc/letsencrypt/live/${SITE}/privkey.pem`, site.keyPath],
    ['/srv/printer-dashboard/dist', root],
    ['/etc/ssl/certs/ca-certificates.crt', ca.certPath],
  ]);
  server = await startNginx(nginx!, dir, snippet, port);
}, 20_000);

afterAll(async () => {
  await server?.stop();
  await dns?.close();
  await new Promise((resolve) => (standIn?.listening ? standIn.close(resolve) : resolve(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
});

/** A webcam's stream, slowly: 8 small parts 100 ms apart, then the end (`streamEndedAt`). */
let streamEndedAt = 0;
function slowStream(res: import('node:http').ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'multipart/x-mixed-replace; boundary=b' });
  let parts = 0;
  const timer = setInterval(() => {
    res.write(`--b\r\nContent-Type: image/jpeg\r\n\r\npart ${++parts}\r\n`);
    if (parts < 8) return;
    clearInterval(timer);
    streamEndedAt = Date.now();
    res.end('--b--\r\n');
  }, 100);
}

const RELAY = '/oe/relay/app-ok.oe.test';
const SANDBOX = "sandbox; default-src 'none'";

describe.skipIf(skip)("the README's nginx configuration, in a real nginx", () => {
  it('serves the pages with the CSP the build derives, framing forbidden, HSTS and nosniff', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("frame-ancestors 'none'");
    expect(page.headers['strict-transport-security']).toBe('max-age=63072000');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('passes App API calls to a verified OctoEverywhere, with the AppToken and without cookies', async () => {
    const res = await get('/oe/api/appconnection/info', { AppToken: 'tok', Cookie: 'dash=secret', Origin: `https://${SITE}`, Referer: `https://${SITE}/` });
    expect(res).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ url: '/api/appconnection/info', host: 'oe.test', servername: 'oe.test' });
    expect(seen[0]?.headers.apptoken).toBe('tok');
    for (const dropped of ['cookie', 'origin', 'referer']) expect(seen[0]?.headers[dropped], dropped).toBeUndefined();
  });

  it('relays to an App Connection host, named in SNI and Host, its certificate checked for that name', async () => {
    const res = await get(`${RELAY}/api/version`, { Authorization: 'Basic dTpw' });
    expect(res.status).toBe(200);
    expect(seen[0]).toMatchObject({ url: '/api/version', host: 'app-ok.oe.test', servername: 'app-ok.oe.test' });
    expect(seen[0]?.headers.authorization).toBe('Basic dTpw');
  });

  it('refuses an upstream certificate it cannot trust, or one for another name: 502', async () => {
    expect((await get('/oe/relay/app-untrusted.oe.test/api/version')).status).toBe(502);
    expect((await get('/oe/relay/app-othername.oe.test/api/version')).status).toBe(502);
    expect(seen).toEqual([]);
    expect(server.errorLog()).toMatch(/certificate/);
  });

  it('keeps upstream cookies, password prompts and HSTS off this origin; relayed answers are inert', async () => {
    for (const path of ['/oe/api/appconnection/info', `${RELAY}/downloads/page.html`, `${RELAY}/api/status/606`]) {
      const res = await get(path);
      expect(res.status, path).toBe(path.endsWith('606') ? 606 : 200);
      expect(res.headers['set-cookie'], path).toBeUndefined();
      expect(res.headers['www-authenticate'], path).toBeUndefined();
      expect(res.headers['strict-transport-security'], path).toBe('max-age=63072000');
      expect(res.headers['content-security-policy'], path).toBe(SANDBOX);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('forwards the path exactly as received, escapes included', async () => {
    const paths = ['/downloads/files/local/My%20Part.gcode', '/api/files/a%3Fb', '/api/x?q=a%26b&r=%2F'];
    for (const path of paths) expect((await get(`${RELAY}${path}`)).status, path).toBe(200);
    expect((await get('/oe/api/files/My%20Part.gcode?x=a%3Fb')).status).toBe(200);
    expect(seen.map((s) => s.url)).toEqual([...paths, '/api/files/My%20Part.gcode?x=a%3Fb']);
  });

  it.each([
    ['two names under the origin', '/oe/relay/app-x.evil.oe.test/api/version'],
    ['www', '/oe/relay/www.oe.test/api/version'],
    ['the origin itself', '/oe/relay/oe.test/api/version'],
    ['a foreign domain', '/oe/relay/evil.example/api/version'],
    ['a look-alike', '/oe/relay/app-ok.oe.test.evil.example/api/version'],
    ['an escaped host', '/oe/relay/app-ok%2eoe.test/api/version'],
    ['a path outside /api/', '/oe/appportal/v1/'],
    ['a dot segment', '/oe/api/../appportal/v1/'],
    ['an escaped dot segment', '/oe/api/%2e%2e/appportal/v1/'],
    ['an escaped slash', `${RELAY}/a%2F..%2F..%2Fb`],
    ['a backslash', '/oe/api/a\\..\\b'],
    ['a climb from the relay into the API', `${RELAY}/../../api/appconnection/info`],
  ])('refuses %s with 403, asking nobody', async (_name, path) => {
    const res = await get(path);
    expect(res.status, path).toBe(403);
    expect(res.headers['content-security-policy']).toBe(SANDBOX);
    expect(seen).toEqual([]);
  });

  it('passes a webcam stream on as it arrives, not once it is complete', async () => {
    const arrivals: number[] = [];
    let body = '';
    await new Promise<void>((resolve, reject) => {
      const req = https.request({ host: '127.0.0.1', port, path: `${RELAY}/webcam/stream`, servername: SITE, ca: caPem }, (res) => {
        expect(res.headers['content-type']).toBe('multipart/x-mixed-replace; boundary=b');
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          arrivals.push(Date.now());
          body += chunk;
        });
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
    expect(body).toContain('part 8');
    // The first part was in the browser's hands while the webcam still had most of its parts to send.
    expect(arrivals.length).toBeGreaterThan(3);
    expect(streamEndedAt - arrivals[0]!).toBeGreaterThan(400);
  });

  it('resolved the stand-in through the configured resolver', () => {
    expect(dns.asked).toEqual(expect.arrayContaining(['oe.test', 'app-ok.oe.test']));
  });
});

describe("the README's nginx configuration, as written", () => {
  it('waits longer between two reads than a Live view may last (5 minutes unless the account says otherwise)', () => {
    const snippet = readmeNginxSnippet(join(import.meta.dirname, '..', 'README.md'));
    const timeout = /^\s*proxy_read_timeout (\d+)s;/m.exec(snippet);
    expect(Number(timeout?.[1])).toBeGreaterThan(300);
    expect(snippet).toMatch(/^\s*proxy_buffering off;/m);
  });
});
