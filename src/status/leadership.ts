/** What leading means, for both ways of deciding it (leader.ts with Web Locks, leader-lease.ts without). */
export interface Leadership {
  readonly isLeader: boolean;
  /** Called with the new value each time it changes; returns the unsubscribe. */
  onChange(listener: (isLeader: boolean) => void): () => void;
  setVisible(visible: boolean): void;
  /** Steps down (telling the others, on the fallback) and stops. */
  dispose(): void;
}

/** The part of `navigator.locks` this uses. */
export interface LockManagerLike {
  request(name: string, options: { mode: 'exclusive'; signal: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

/** The part of BroadcastChannel this uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}
