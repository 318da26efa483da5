import type { Clock } from './clock';
import { leaderFlag } from './leader-flag';
import type { ChannelLike, Leadership } from './leadership';

/**
 * Leadership without Web Locks: the leader sends a heartbeat every 500 ms on the channel. A
 * visible tab that hears none for 1.5 s claims, and leads unless, within 250 ms, it hears a
 * heartbeat or a claim from a lower id: a crashed leader is replaced within 2 s of its last
 * heartbeat. Ties go to the lowest id, so two leaders (claims that crossed) settle on one at the
 * next heartbeat. A leader that hides or closes says so, and a visible tab takes over at once.
 */
export const HEARTBEAT_MS = 500;
export const LEASE_MS = 1500;
export const CLAIM_MS = 250;

type Message = { type: 'leader-heartbeat' | 'leader-claim' | 'leader-resign'; id: string };

function readMessage(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, id } = data as Record<string, unknown>;
  const known = type === 'leader-heartbeat' || type === 'leader-claim' || type === 'leader-resign';
  return known && typeof id === 'string' ? { type, id } : null;
}

export interface LeaseOptions {
  channel: ChannelLike;
  closeChannel: boolean;
  clock: Clock;
  id: string;
  visible: boolean;
}

export function createLeaseLeadership({ channel, closeChannel, clock, id, visible: startVisible }: LeaseOptions): Leadership {
  const flag = leaderFlag();
  let visible = startVisible;
  let disposed = false;
  let state: 'follower' | 'candidate' | 'leader' = 'follower';
  /** When another tab last showed it leads; -Infinity: nobody known. */
  let leaderSeenAt = -Infinity;
  let timer: unknown;

  const send = (type: Message['type']) => channel.postMessage({ type, id });
  const wait = (ms: number, then: () => void) => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = undefined;
      then();
    }, ms);
  };
  const stop = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };

  /** Follows, and claims once the leader has been silent for the lease (if visible). */
  const follow = () => {
    state = 'follower';
    flag.set(false);
    if (!visible) return stop();
    const silentFor = clock.now() - leaderSeenAt;
    if (silentFor >= LEASE_MS) return claim();
    wait(LEASE_MS - silentFor, follow);
  };
  const claim = () => {
    state = 'candidate';
    send('leader-claim');
    wait(CLAIM_MS, lead);
  };
  const beat = () => {
    send('leader-heartbeat');
    wait(HEARTBEAT_MS, beat);
  };
  const lead = () => {
    state = 'leader';
    flag.set(true);
    beat();
  };

  const onMessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (!message || message.id === id || disposed) return;
    const lower = message.id < id;
    switch (message.type) {
      case 'leader-heartbeat':
        if (state === 'leader' && !lower) return send('leader-heartbeat'); // we win: tell it now
        leaderSeenAt = clock.now();
        return follow();
      case 'leader-claim':
        if (state === 'leader') return send('leader-heartbeat'); // a leader exists: the claimant follows
        if (state === 'candidate' && !lower) return send('leader-claim'); // it may not have heard ours
        if (state === 'candidate') {
          // The lower id will lead: give it a lease to prove it.
          leaderSeenAt = clock.now();
          return follow();
        }
        return;
      case 'leader-resign':
        if (state === 'follower') {
          leaderSeenAt = -Infinity;
          follow();
        }
    }
  };
  channel.addEventListener('message', onMessage);

  const stepDown = () => {
    if (state === 'leader') send('leader-resign');
    state = 'follower';
    flag.set(false);
    stop();
  };

  if (visible) claim();
  return {
    get isLeader() {
      return flag.get();
    },
    onChange: flag.onChange,
    setVisible(next) {
      if (disposed || next === visible) return;
      visible = next;
      if (next) follow();
      else stepDown();
    },
    dispose() {
      if (disposed) return;
      stepDown();
      disposed = true;
      flag.clear();
      channel.removeEventListener('message', onMessage);
      if (closeChannel) channel.close();
    },
  };
}
