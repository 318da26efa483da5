import { globalClock, type Clock } from './clock';
import { leaderFlag } from './leader-flag';
import { createLeaseLeadership } from './leader-lease';
import type { ChannelLike, Leadership, LockManagerLike } from './leadership';

/**
 * One tab of this origin leads (it alone polls and shares what it learns); the others follow.
 * With Web Locks, a visible tab asks for an exclusive lock and leads while it holds it; it lets go
 * when it hides or closes (the browser releases the lock of a closed tab), and the next visible
 * tab in line gets it at once. Without Web Locks, heartbeats on a BroadcastChannel with a lease
 * (leader-lease.ts). A hidden tab never leads: it would not poll anyway.
 */
export type { ChannelLike, Leadership, LockManagerLike } from './leadership';

export interface LeadershipOptions {
  /** The lock's name, and the fallback channel's. */
  name: string;
  visible: boolean;
  /** Default `navigator.locks`; null forces the fallback. */
  locks?: LockManagerLike | null;
  /** Fallback only; default `new BroadcastChannel(name)` (closed on dispose). */
  channel?: ChannelLike;
  clock?: Clock;
  /** Fallback only: this tab's id; of two tabs that both claim, the lower id leads. Default random. */
  id?: string;
}

export function createLeadership(options: LeadershipOptions): Leadership {
  const platform = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks ?? null;
  const locks = options.locks === undefined ? platform : options.locks;
  if (locks) return lockLeadership(locks, options.name, options.visible);
  const ownChannel = options.channel === undefined;
  return createLeaseLeadership({
    channel: options.channel ?? new BroadcastChannel(options.name),
    closeChannel: ownChannel,
    clock: options.clock ?? globalClock,
    id: options.id ?? crypto.randomUUID(),
    visible: options.visible,
  });
}

function lockLeadership(locks: LockManagerLike, name: string, visible: boolean): Leadership {
  const flag = leaderFlag();
  let wanted = visible;
  let disposed = false;
  /** The request this tab has out (pending or granted); `release` ends a granted one. */
  let current: { controller: AbortController; release: () => void } | null = null;

  const request = () => {
    if (current || disposed || !wanted) return;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const attempt = { controller: new AbortController(), release };
    current = attempt;
    locks
      .request(name, { mode: 'exclusive', signal: attempt.controller.signal }, async () => {
        if (current !== attempt) return; // stepped down between the grant and now
        flag.set(true);
        await held;
      })
      .catch(() => {}) // aborted while waiting in line: this tab stepped down
      .finally(() => {
        // Only if the lock ended without this tab letting go: stand in line again.
        if (current !== attempt) return;
        current = null;
        flag.set(false);
        request();
      });
  };

  const stepDown = () => {
    const attempt = current;
    if (!attempt) return;
    current = null;
    attempt.controller.abort();
    attempt.release();
    flag.set(false);
  };

  request();
  return {
    get isLeader() {
      return flag.get();
    },
    onChange: flag.onChange,
    setVisible(next) {
      if (disposed) return;
      wanted = next;
      if (next) request();
      else stepDown();
    },
    dispose() {
      disposed = true;
      stepDown();
      flag.clear();
    },
  };
}
