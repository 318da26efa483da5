// For the stub's own Vitest tests, which play the app against a stub of their own: starts it for a
// test file, connects printers through its portal and sends requests through a connection's relay.
import { request, type IncomingMessage } from 'node:http';
import { afterAll, beforeEach, expect } from 'vitest';
import { stubControl, type StubConnection, type StubControl } from './client';
import { startStub, type RunningStub } from './server';

export interface RelayInit {
  method?: string;
  body?: string;
  /** false: leave out the connection's OctoPrint key (X-Api-Key), which is sent whenever it has one. */
  apiKey?: boolean;
}

export interface RelayAnswer {
  status: number;
  contentType: string | undefined;
  body: Buffer;
  text: string;
  /** The body parsed as JSON; null when it is not JSON, as the app's requestJson reads it. */
  json: unknown;
}

export interface StubForTests {
  stub: RunningStub;
  control: StubControl;
  /** Connects a printer through the portal as the app does (extra query parameters beside appid); answers the new connection. */
  connect(params?: Record<string, string>): Promise<StubConnection>;
  /** A request through connection `c`'s relay; resolves as soon as the answer's headers arrive (for streams). */
  open(c: StubConnection, path: string, init?: RelayInit): Promise<IncomingMessage>;
  /** A request through connection `c`'s relay, read to the end. */
  relay(c: StubConnection, path: string, init?: RelayInit): Promise<RelayAnswer>;
}

/**
 * A stub for this test file, closed after its last test; before each test it is reset and its
 * portal authorizes at once. Await it at the top level of the file, before any other hook.
 */
export async function stubForTests(): Promise<StubForTests> {
  const stub = await startStub({ port: 0 });
  const control = stubControl(stub.origin);
  afterAll(() => stub.close());
  beforeEach(async () => {
    await control.reset();
    await control.settings({ portalOutcome: 'authorize' });
  });

  async function connect(params: Record<string, string> = {}): Promise<StubConnection> {
    const before = new Set((await control.connections()).map((c) => c.id));
    const query = new URLSearchParams({ appid: 'devtest', ...params });
    const res = await fetch(`${stub.origin}/appportal/v1/?${query}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const created = (await control.connections()).find((c) => !before.has(c.id));
    if (!created) throw new Error('the portal created no connection');
    return created;
  }

  // Node's fetch cannot set Host, which picks the relay: http.request can.
  function open(c: StubConnection, path: string, init: RelayInit = {}): Promise<IncomingMessage> {
    const auth = Buffer.from(`${c.authBasicHttpUser}:${c.authBasicHttpPassword}`).toString('base64');
    const headers: Record<string, string> = { Host: `app-${c.id}.localhost:${stub.port}`, Authorization: `Basic ${auth}` };
    if (init.apiKey !== false && c.octoPrintApiKey) headers['X-Api-Key'] = c.octoPrintApiKey;
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: stub.port, path, method: init.method ?? 'GET', headers }, resolve);
      req.on('error', reject);
      req.end(init.body);
    });
  }

  async function relay(c: StubConnection, path: string, init: RelayInit = {}): Promise<RelayAnswer> {
    const res = await open(c, path, init);
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const text = body.toString('utf8');
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: json stays null
    }
    return { status: res.statusCode ?? 0, contentType: res.headers['content-type'], body, text, json };
  }

  return { stub, control, connect, open, relay };
}
