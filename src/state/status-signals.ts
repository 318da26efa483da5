import { computed, signal, type Signal } from '@preact/signals';
import type { ConnectionStatus } from '../api/check';

/**
 * One status signal per connection, so a status update re-renders only its own card. Null means
 * no answer yet ("Checking…"). Kept apart from the checking code (status.ts), which loads after
 * the first render.
 */
const statuses = new Map<string, Signal<ConnectionStatus | null>>();
/** Bumped when signals are created or dropped, so `anyUnreachable` follows the set. */
const statusSet = signal(0);

export function statusOf(id: string): Signal<ConnectionStatus | null> {
  let status = statuses.get(id);
  if (!status) {
    status = signal<ConnectionStatus | null>(null);
    statuses.set(id, status);
  }
  return status;
}

export function forgetStatuses(ids: Iterable<string>): void {
  for (const id of ids) statuses.delete(id);
}

export function statusesChanged(): void {
  statusSet.value = statusSet.peek() + 1;
}

/** True while any connection fails at the network level: the page then explains CORS once. */
export const anyUnreachable = computed(() => {
  void statusSet.value;
  for (const status of statuses.values()) if (status.value?.kind === 'unreachable') return true;
  return false;
});

let checker: ((id: string) => void) | null = null;

/** Set by the status module once it runs. */
export function setChecker(check: ((id: string) => void) | null): void {
  checker = check;
}

/** Check now: asks at once, through the same cap on requests in flight. */
export function checkNow(id: string): void {
  checker?.(id);
}
