import { Disposer } from '../portal/disposer';
import { pruneExpiredAttempts, takeFinishedTabAttempts } from '../store/attempts';
import { createAttempts, outcomeWords } from './attempt';
import { createConnections } from './connections';
import type { Dashboard, PartFactory } from './dashboard-type';
import { createStatusSignals } from './status-signals';
import { startSync } from './sync';

export type { Dashboard, PartFactory };

const hasDispose = (value: unknown): value is { dispose(): void } =>
  typeof value === 'object' && value !== null && typeof (value as { dispose?: unknown }).dispose === 'function';

/** Builds a dashboard's state and actions; nothing runs until `start()`, and `dispose()` undoes it all. */
export function createDashboard(host: Window = window): Dashboard {
  const disposer = new Disposer();
  let disposed = false;
  const parts = new Map<PartFactory<unknown>, unknown>();
  const connections = createConnections();
  const statuses = createStatusSignals();
  const attempt = createAttempts(connections);

  // The undo of the last import matters to the Backup section only, which loads after the list.
  const refreshLastImport = () =>
    void import('./backup').then((m) => {
      if (!disposed) void dashboard.part(m.createBackup).refresh();
    });

  const dashboard: Dashboard = {
    connections,
    statuses,
    attempt,
    part<T>(make: PartFactory<T>): T {
      if (!parts.has(make)) {
        const made = make(dashboard);
        parts.set(make, made);
        if (hasDispose(made)) disposer.add(() => made.dispose());
      }
      return parts.get(make) as T;
    },
    async start() {
      disposer.add(startSync({ connections, attempt, onConnectionsChanged: refreshLastImport }, host));
      // The list is read beside the attempts' housekeeping: neither waits for the other.
      const listed = connections.reload();
      try {
        await pruneExpiredAttempts();
        // Came back from "Continue in this tab": say how that attempt ended.
        const finished = await takeFinishedTabAttempts();
        const latest = finished.sort((a, b) => (b.result?.at ?? 0) - (a.result?.at ?? 0))[0];
        if (latest) attempt.view.value = (await outcomeWords()).viewOfRecord(latest);
      } catch (error) {
        connections.reportStorageProblem(error);
      }
      await listed;
      if (disposed) return;
      void outcomeWords();
      void import('./persistence').then((m) => {
        if (!disposed) dashboard.part(m.createPersistence);
      });
      refreshLastImport();
      // Status checks load after the list is on screen.
      const { startStatus } = await import('./status');
      if (!disposed) disposer.add(startStatus(dashboard, host));
    },
    dispose() {
      disposed = true;
      disposer.dispose();
    },
  };
  return dashboard;
}
