import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ConnectionStatus } from '../status/connection-status';
import { keyedSignals } from './keyed-signals';

/**
 * One status signal per connection, so a status update re-renders only its own card. Null means
 * no answer yet ("Checking…"). Kept apart from the checking code (status.ts), which loads after
 * the first render and plugs itself in with `setChecker`.
 */
export interface StatusSignals {
  statusOf(id: string): Signal<ConnectionStatus | null>;
  /** True while a check of that connection is asked for or under way. */
  checkingOf(id: string): Signal<boolean>;
  /** Keeps a status for exactly these connections: makes the missing, drops those of connections gone. */
  follow(ids: ReadonlySet<string>): void;
  /**
   * True when every connection's last check failed at the network level on the App APIs: then the
   * cause is this device or this page's access to OctoEverywhere, and the page says so once. One
   * printer that cannot be reached says so on its own card instead.
   */
  readonly everyAppApiUnreachable: ReadonlySignal<boolean>;
  /** Check now: asks at once, through the same cap on requests in flight. */
  checkNow(id: string): void;
  /** Set by the status module while it runs: who carries out "Check now". */
  setChecker(check: ((id: string) => void) | null): void;
}

/** The request failed before any answer from OctoEverywhere's App APIs themselves. */
const appApiDown = (status: ConnectionStatus): boolean =>
  status.kind === 'unreachable' && status.detail === 'network' && status.source === 'app-api';

export function createStatusSignals(): StatusSignals {
  const statusSignals = keyedSignals<ConnectionStatus | null>(null);
  const checkingSignals = keyedSignals(false);
  const statuses = statusSignals.map;
  const checking = checkingSignals.map;
  /** Bumped by `follow`, so `everyAppApiUnreachable` follows the set of connections. */
  const statusSet = signal(0);
  let checker: ((id: string) => void) | null = null;

  // Not counted until `follow`: a view may ask before the status module knows the connection.
  const statusOf = statusSignals.of;
  const checkingOf = checkingSignals.of;

  return {
    statusOf,
    checkingOf,
    follow(ids) {
      for (const id of ids) statusOf(id);
      for (const id of [...statuses.keys()]) {
        if (ids.has(id)) continue;
        statuses.delete(id);
        checking.delete(id);
      }
      statusSet.value = statusSet.peek() + 1;
    },
    everyAppApiUnreachable: computed(() => {
      void statusSet.value;
      if (statuses.size === 0) return false;
      for (const status of statuses.values()) {
        const value = status.value;
        if (!value || !appApiDown(value)) return false;
      }
      return true;
    }),
    checkNow(id) {
      if (!checker) return;
      checkingOf(id).value = true;
      checker(id);
    },
    setChecker(check) {
      checker = check;
    },
  };
}
