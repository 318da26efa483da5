/** Whether this tab leads, and who wants to know when that changes. */
export interface LeaderFlag {
  get(): boolean;
  set(value: boolean): void;
  onChange(listener: (isLeader: boolean) => void): () => void;
  /** No more notifications (dispose). */
  clear(): void;
}

export function leaderFlag(): LeaderFlag {
  let value = false;
  const listeners = new Set<(isLeader: boolean) => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const listener of [...listeners]) listener(value);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}
