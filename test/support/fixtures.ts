/** Shared test fixtures for the unit tests (never imported by the app). */
import type { ConnectionStatus } from '../../src/status/connection-status';
import type { Connection } from '../../src/model';

/** A stored connection with Basic credentials and an OctoPrint key; every secret is marked SECRET. */
export function fakeConnection(id: string, overrides: Partial<Connection> = {}): Connection {
  return {
    id,
    url: `https://app-${id}.octoeverywhere.com`,
    printerName: `Printer ${id}`,
    connectedAt: 1000,
    updatedAt: 1000,
    secrets: { appApiToken: `SECRET-TOKEN-${id}`, basicUser: `user-${id}`, basicPassword: `SECRET-PASSWORD-${id}`, octoPrintApiKey: `SECRET-KEY-${id}` },
    ...overrides,
  };
}

/** A status of the given kind, with the most common code for it. */
export function fakeStatus(kind: ConnectionStatus['kind'], checkedAt = 0): ConnectionStatus {
  const base = { checkedAt, info: null };
  switch (kind) {
    case 'online':
      return { ...base, kind, printer: null, note: null };
    case 'printer-problem':
      return { ...base, kind, problem: 'software-not-connected', code: 785 };
    case 'printer-offline':
      return { ...base, kind, code: 601 };
    case 'revoked':
      return { ...base, kind, code: 604 };
    case 'supporter-perks-required':
      return { ...base, kind, code: 605 };
    case 'credentials-rejected':
      return { ...base, kind, code: 606 };
    case 'oe-error':
      return { ...base, kind, code: 600, temporary: true, source: 'app-api' };
    case 'unreachable':
      return { ...base, kind, detail: 'network', source: 'app-api' };
    case 'check-failed':
      return { ...base, kind, reason: 'bug', source: null, error: 'TypeError' };
  }
}
