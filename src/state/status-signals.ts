import { computed, signal, type Signal } from '@preact/signals';
import type { ConnectionStatus } from '../status/connection-status';

/**
 * One status signal per connection, so a status update re-renders only its own card. Null means
 * no answer yet ("Checking…"). Kept apart from the checking code (status.ts), which loads after
 * the first render.
 */
const statuses = new Map<string, Signal<ConnectionStatus | null>>();
/** True while a check of that connection is asked for or under way. */
const checking = new Map<string, Signal<boolean>>();
/** Bumped when signals are created or dropped, so `everyAppApiUnreachable` follows the set. */
const statusSet = signal(0);

export function statusOf(id: string): Signal<ConnectionStatus | null> {
  let status = statuses.get(id);
  if (!status) {
    status = signal<ConnectionStatus | null>(null);
    statuses.set(id, status);
  }
  return status;
}

export function checkingOf(id: string): Signal<boolean> {
  let flag = checking.get(id);
  if (!flag) {
    flag = signal(false);
    checking.set(id, flag);
  }
  return flag;
}

export function forgetStatuses(ids: Iterable<string>): void {
  for (const id of ids) {
    statuses.delete(id);
    checking.delete(id);
  }
}

export function statusesChanged(): void {
  statusSet.value = statusSet.peek() + 1;
}

/** The request failed before any answer from OctoEverywhere's App APIs themselves. */
const appApiDown = (status: ConnectionStatus): boolean =>
  status.kind === 'unreachable' && status.detail === 'network' && status.source === 'app-api';

/**
 * True when every connection's last check failed at the network level on the App APIs: then the
 * cause is this device or this page's access to OctoEverywhere, and the page says so once. One
 * printer that cannot be reached says so on its own card instead.
 */
export const everyAppApiUnreachable = computed(() => {
  void statusSet.value;
  if (statuses.size === 0) return false;
  for (const status of statuses.values()) {
    const value = status.value;
    if (!value || !appApiDown(value)) return false;
  }
  return true;
});

let checker: ((id: string) => void) | null = null;

/** Set by the status module once it runs. */
export function setChecker(check: ((id: string) => void) | null): void {
  checker = check;
}

/** Check now: asks at once, through the same cap on requests in flight. */
export function checkNow(id: string): void {
  if (!checker) return;
  checkingOf(id).value = true;
  checker(id);
}
