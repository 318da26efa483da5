import { pruneExpiredAttempts, takeFinishedTabAttempts } from '../store/attempts';
import { attemptView } from './attempt';
import { viewOfRecord } from './connect-outcome';
import { reloadConnections, reportStorageProblem } from './connections';
import { startSync } from './sync';

/** Everything the dashboard does once at start-up; returns the teardown. */
export async function startDashboard(): Promise<() => void> {
  const stopSync = startSync();
  try {
    await pruneExpiredAttempts();
    // Came back from "Continue in this tab": say how that attempt ended.
    const finished = await takeFinishedTabAttempts();
    const latest = finished.sort((a, b) => (b.result?.at ?? 0) - (a.result?.at ?? 0))[0];
    if (latest) attemptView.value = viewOfRecord(latest);
  } catch (error) {
    reportStorageProblem(error);
  }
  await reloadConnections();
  const persistence = import('./persistence').then((m) => m.startStoragePersistence());
  // The undo of the last import matters to the Backup section only, which loads after the list.
  void import('./backup').then((m) => m.refreshLastImport());
  // Status checks load after the list is on screen.
  const { startStatus } = await import('./status');
  const stopStatus = startStatus();
  return () => {
    stopStatus();
    stopSync();
    void persistence.then((stop) => stop());
  };
}
