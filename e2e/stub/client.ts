// Typed client of the control endpoint, for tests running in Node. Every call throws on a non-2xx answer.
import type { ConnectionPatch, LoggedRequest, PrinterPatch, SettingsPatch, StartPrint, StubConnection, StubSettings } from './types';

export type * from './types';

export class StubControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`stub control ${what} failed: ${status} ${body}`);
    this.name = 'StubControlError';
  }
}

export interface StubControl {
  /** Default settings, no connections, empty request log. */
  reset(): Promise<void>;
  /** Merges the patch into the settings; answers the settings now in force. */
  settings(patch: SettingsPatch): Promise<StubSettings>;
  getSettings(): Promise<StubSettings>;
  /** Every connection, secrets included. */
  connections(): Promise<StubConnection[]>;
  /** Merges the patch into connection `id`; answers the connection as it now is. */
  setConnection(id: string, patch: ConnectionPatch): Promise<StubConnection>;
  /** Merges the patch into connection `id`'s simulated printer (platform, state, temperatures, …). */
  setPrinter(id: string, patch: PrinterPatch): Promise<StubConnection>;
  /** Starts a print on connection `id` (warming up first unless `warmup: false`). */
  startPrint(id: string, job: StartPrint): Promise<StubConnection>;
  /** Moves every simulated printer `seconds` forward; nothing moves otherwise. */
  advanceClock(seconds: number): Promise<void>;
  /** Every request but /__control/* ones, in order of arrival. */
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
}

export function stubControl(origin: string): StubControl {
  const base = origin.replace(/\/+$/, '') + '/__control';

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.headers = { 'Content-Type': 'application/json' };
      init.body = JSON.stringify(body);
    }
    const res = await fetch(base + path, init);
    const text = await res.text();
    if (!res.ok) throw new StubControlError(res.status, text, `${method} ${path}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    reset: async () => {
      await call('POST', '/reset');
    },
    settings: (patch) => call('PATCH', '/settings', patch),
    getSettings: () => call('GET', '/settings'),
    connections: () => call('GET', '/connections'),
    setConnection: (id, patch) => call('PATCH', `/connections/${encodeURIComponent(id)}`, patch),
    setPrinter: (id, printer) => call('PATCH', `/connections/${encodeURIComponent(id)}`, { printer }),
    startPrint: (id, job) => call('POST', `/connections/${encodeURIComponent(id)}/print`, job),
    advanceClock: async (seconds) => {
      await call('POST', '/clock', { advanceSec: seconds });
    },
    requests: () => call('GET', '/requests'),
    clearRequests: async () => {
      await call('DELETE', '/requests');
    },
  };
}
