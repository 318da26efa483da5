import { effect } from '@preact/signals';
import { isPrintActive } from '../printer/model';
import { printerOf } from '../status/connection-status';
import { progressWords } from '../printer/words';
import type { Connections } from './connections';
import type { StatusSignals } from './status-signals';

/**
 * "87 % · 42 % · Printer Dashboard": the progress of every printer that prints, most advanced
 * first, so a glance at the tab tells how the prints go. The plain title when nothing prints.
 */
export function tabTitle(progresses: readonly number[], appTitle: string): string {
  const sorted = [...progresses].sort((a, b) => b - a);
  return [...sorted.map(progressWords), appTitle].join(' · ');
}

/** Keeps `document.title` in step with the statuses; returns the teardown. */
export function startTabTitle({ connections, statuses }: { connections: Connections; statuses: StatusSignals }, doc: Document = document): () => void {
  const appTitle = doc.title;
  const stop = effect(() => {
    const progresses: number[] = [];
    for (const connection of connections.list.value) {
      const printer = printerOf(statuses.statusOf(connection.id).value);
      if (printer && isPrintActive(printer.state) && printer.progress !== undefined) progresses.push(printer.progress);
    }
    doc.title = tabTitle(progresses, appTitle);
  });
  return () => {
    stop();
    doc.title = appTitle;
  };
}
