import { everyAppApiUnreachable, removedNotice, storageProblem } from '../state';
import { ConnectPanel } from './ConnectPanel';
import { ConnectionList } from './ConnectionList';
import { lazy } from './lazy';

/** Whether storage is persistent is known only after start-up asks: its view can load meanwhile. */
const StorageNotice = lazy(() => import('./occasional').then((m) => m.StorageNotice));
/** Rare messages: their code loads only when one is to be shown. */
const NetworkHelp = lazy(() => import('./occasional').then((m) => m.NetworkHelp));
const RemovedNotice = lazy(() => import('./occasional').then((m) => m.RemovedNotice));
const NotifyToggle = lazy(() => import('./occasional').then((m) => m.NotifyToggle));
/** Backup sits below the list: its code can arrive after the first screen. */
const BackupPanel = lazy(() => import('./BackupPanel').then((m) => m.BackupPanel));

export function App() {
  return (
    <>
      <header class="top">
        <h1>Printer Dashboard</h1>
        <p class="muted">Your 3D printers, reached through OctoEverywhere.</p>
        <NotifyToggle />
      </header>
      <main>
        {storageProblem.value && (
          <p class="banner error" role="alert">
            Storage problem: {storageProblem.value} New connections may not be kept.
          </p>
        )}
        <StorageNotice />
        {everyAppApiUnreachable.value && <NetworkHelp />}
        {removedNotice.value && <RemovedNotice />}
        <ConnectPanel />
        <ConnectionList />
        <BackupPanel />
      </main>
    </>
  );
}
