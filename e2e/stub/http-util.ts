// Small helpers for answering with Node's http module: bodies, CORS, escaping.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Req = IncomingMessage;
export type Res = ServerResponse;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function sendJson(res: Res, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function sendHtml(res: Res, status: number, html: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}

export function sendText(res: Res, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** 303 so the browser follows with GET, as after a form POST. */
export function redirect(res: Res, location: string): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

/** Upper bound on request bodies: the stub never needs large ones. */
const MAX_BODY = 1 << 20;

export class BodyError extends Error {}

/** Each request's body once read, so the request log can show what was sent. */
export const bodiesRead = new WeakMap<Req, string>();

export function readBody(req: Req): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new BodyError('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      bodiesRead.set(req, text);
      resolve(text);
    });
    req.on('error', reject);
  });
}

/** An empty body reads as {}; anything that is not a JSON object throws BodyError. */
/** A plain object: not null, not an array. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function readJsonObject(req: Req): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BodyError('body is not valid JSON');
  }
  if (!isObject(value)) throw new BodyError('body must be a JSON object');
  return value;
}

/** Query or form parameters keyed by lower-cased name (first value wins): the portal matches names case-insensitively. */
export function lowerParams(params: URLSearchParams): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, value] of params) {
    const key = name.trim().toLowerCase();
    if (!map.has(key)) map.set(key, value);
  }
  return map;
}

export function header(req: Req, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** CORS for App API and relay answers (when settings.cors) and for the control endpoint (always). */
export function setCors(req: Req, res: Res, methods: string, headers: string): void {
  res.setHeader('Access-Control-Allow-Origin', header(req, 'origin') ?? '*');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Headers', headers);
  res.setHeader('Access-Control-Allow-Methods', methods);
  res.setHeader('Access-Control-Max-Age', '600');
  // Chromium's Private Network Access preflights ask for this; harmless elsewhere.
  if (header(req, 'access-control-request-private-network') === 'true') {
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
  }
}

export const API_CORS_HEADERS = 'AppToken, Authorization, X-Api-Key, Content-Type';
export const API_CORS_METHODS = 'GET, POST, OPTIONS';

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
