import type { ConnectionStatus } from '../status/connection-status';

/**
 * What the dashboard tabs of this origin tell each other about statuses. One tab leads and alone
 * asks OctoEverywhere; it shares every answer, and the others ask it to check now. Statuses carry
 * no secrets (the credentials never leave IndexedDB this way).
 */
export const STATUS_CHANNEL = 'oe-dashboard-status';
/** The Web Lock (and fallback channel) that decides which tab leads. */
export const POLLER_LOCK = 'oe-dashboard-poller';

export type StatusMessage =
  /** The leader's answer for one connection. */
  | { type: 'status'; id: string; status: ConnectionStatus }
  /** A follower's "Check now". */
  | { type: 'check-now'; id: string }
  /** A new tab asks the leader for what it knows. */
  | { type: 'snapshot-request' }
  /** The leader's answer: the last status of every connection it checked. */
  | { type: 'snapshot'; statuses: [string, ConnectionStatus][] };

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 256;
/** Same origin only, so the shape is ours; still, a status without a kind and time is not one. */
const isStatus = (value: unknown): value is ConnectionStatus =>
  typeof value === 'object' && value !== null && isText((value as { kind?: unknown }).kind) && typeof (value as { checkedAt?: unknown }).checkedAt === 'number';

export function readStatusMessage(data: unknown): StatusMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'status':
      return isText(message.id) && isStatus(message.status) ? { type: 'status', id: message.id, status: message.status } : null;
    case 'check-now':
      return isText(message.id) ? { type: 'check-now', id: message.id } : null;
    case 'snapshot-request':
      return { type: 'snapshot-request' };
    case 'snapshot': {
      if (!Array.isArray(message.statuses)) return null;
      const statuses = message.statuses.filter((pair): pair is [string, ConnectionStatus] => Array.isArray(pair) && isText(pair[0]) && isStatus(pair[1]));
      return { type: 'snapshot', statuses };
    }
    default:
      return null;
  }
}
