import { useDashboard } from './use-dashboard';
import { ConnectPanel } from './ConnectPanel';
import { ConnectionList } from './ConnectionList';
import { lazy } from './lazy';

/** Whether storage is persistent is known only after start-up asks: its view can load meanwhile. */
const StorageNotice = lazy(() => import('./occasional').then((m) => m.StorageNotice));
/** Rare messages: their code loads only when one is to be shown. */
const NetworkHelp = lazy(() => import('./occasional').then((m) => m.NetworkHelp));
/** Renders nothing until a printer is removed; its state loads with it (state/removal.ts). */
const RemovedNotice = lazy(() => import('./occasional').then((m) => m.RemovedNotice));
const NotifyToggle = lazy(() => import('./occasional').then((m) => m.NotifyToggle));
/** Backup sits below the list: its code can arrive after the first screen. */
const BackupPanel = lazy(() => import('./BackupPanel').then((m) => m.BackupPanel));

export function App() {
  const { connections, statuses } = useDashboard();
  const storageProblem = connections.storageProblem.value;
  return (
    <>
      <header class="top">
        <h1>Printer Dashboard</h1>
        <p class="muted">Your 3D printers, reached through OctoEverywhere.</p>
        <NotifyToggle />
      </header>
      <main>
        {storageProblem && (
          <p class="banner error" role="alert">
            Storage problem: {storageProblem} New connections may not be kept.
          </p>
        )}
        <StorageNotice />
        {statuses.everyAppApiUnreachable.value && <NetworkHelp />}
        <RemovedNotice />
        <ConnectPanel />
        <ConnectionList />
        <BackupPanel />
      </main>
    </>
  );
}
