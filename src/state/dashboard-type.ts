import type { Attempts } from './attempt';
import type { Connections } from './connections';
import type { StatusSignals } from './status-signals';

/**
 * One dashboard: its state, its actions and its teardown, made by `createDashboard()` (main.tsx
 * makes one for the page; a test makes its own). Nothing in state/ lives at module level.
 * Kept apart from the factory so the parts that load later can name it without importing it.
 */
export interface Dashboard {
  readonly connections: Connections;
  readonly statuses: StatusSignals;
  readonly attempt: Attempts;
  /**
   * A part whose code loads when first needed (the overview, controls, Live Links, notifications,
   * webcams, backup, storage persistence, the removal notice): made once per dashboard by its factory, on first ask,
   * and disposed with the dashboard when it has a `dispose`.
   */
  part<T>(make: PartFactory<T>): T;
  /** Start-up: syncs with other tabs, reads the list, then starts the status checks. */
  start(): Promise<void>;
  /** Stops everything the dashboard started: listeners, channels, timers, checks. */
  dispose(): void;
}

export type PartFactory<T> = (dashboard: Dashboard) => T;
