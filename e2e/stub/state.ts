// In-memory state of one stub server: settings, connections, request log. Each server owns its own.
import type { GadgetStatus, LoggedRequest, StubConnection, StubSettings } from './types';

export function defaultSettings(): StubSettings {
  return {
    portalOutcome: 'interactive',
    keySpelling: 'lower',
    appendMode: 'query',
    urlOverride: null,
    extraParams: {},
    coop: false,
    cors: true,
    credentials: 'basic',
    octoPrintApiKey: true,
    responseShape: 'flat',
    printers: [
      { id: 'prn-mk4', name: 'Prusa MK4' },
      { id: 'prn-ender', name: 'Ender 3 V2' },
      { id: 'prn-voron', name: 'Voron 2.4' },
    ],
  };
}

export function defaultGadget(): GadgetStatus {
  return { State: 2, Status: 'Idle', StatusColor: 'w', Rating: 10 };
}

/** Oldest entries are dropped past this, so a long-running demo does not grow without bound. */
const MAX_LOGGED = 5000;

export class StubState {
  settings: StubSettings = defaultSettings();
  /** Keyed by connection id; insertion order is creation order. */
  readonly connections = new Map<string, StubConnection>();
  readonly requests: LoggedRequest[] = [];

  reset(): void {
    this.settings = defaultSettings();
    this.connections.clear();
    this.requests.length = 0;
  }

  log(entry: LoggedRequest): void {
    this.requests.push(entry);
    if (this.requests.length > MAX_LOGGED) this.requests.splice(0, this.requests.length - MAX_LOGGED);
  }

  byAppToken(token: string | undefined): StubConnection | undefined {
    if (!token) return undefined;
    for (const c of this.connections.values()) if (c.appApiToken === token) return c;
    return undefined;
  }
}

/** What every route handler gets: the state and the server's own address. */
export interface StubContext {
  state: StubState;
  port: number;
  /** http://localhost:<port> */
  origin: string;
}
