import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { displayName } from '../model';
import { sortEntries, summaryLine, type PrinterEntry, type SortOrder } from '../printer/summary';
import { printerOf } from '../status/connection-status';
import type { Connections } from './connections';
import { recall, remember } from './local-memory';
import type { StatusSignals } from './status-signals';

/**
 * The whole list at a glance: one entry per connection (its status kind and printer model), the
 * summary line above the list, and the order and view the user chose (remembered in this browser).
 * Read by the printer views only, so it loads with them.
 */
export type ViewMode = 'cards' | 'list';

const SORT_KEY = 'printer-dashboard:sort';
const VIEW_KEY = 'printer-dashboard:view';

/** A choice this browser remembers: null until the user makes one. */
function remembered<T extends string>(key: string, allowed: readonly T[]): { choice: Signal<T | null>; stop: () => void } {
  const stored = recall(key);
  const value = signal<T | null>(stored !== null && (allowed as readonly string[]).includes(stored) ? (stored as T) : null);
  const stop = effect(() => {
    const chosen = value.value;
    if (chosen !== null) remember(key, chosen);
  });
  return { choice: value, stop };
}

/** Beyond this many printers the compact list is the default view: one row each, drawn as scrolled to. */
export const LIST_VIEW_FROM = 25;

export interface Overview {
  readonly sortChoice: Signal<SortOrder | null>;
  readonly viewChoice: Signal<ViewMode | null>;
  readonly sortOrder: ReadonlySignal<SortOrder>;
  /** The chosen view, else the compact list from LIST_VIEW_FROM printers on. */
  readonly viewMode: ReadonlySignal<ViewMode>;
  /** "Find a printer": only names containing this (any case) are shown. */
  readonly nameFilter: Signal<string>;
  /** Every connection with what its last check said; recomputed when any of them changes. */
  readonly printerEntries: ReadonlySignal<PrinterEntry[]>;
  readonly summary: ReadonlySignal<string>;
  /** The connections' ids in the chosen order, those whose name matches "Find a printer". */
  readonly sortedIds: ReadonlySignal<string[]>;
  dispose(): void;
}

export function createOverview({ connections, statuses }: { connections: Connections; statuses: StatusSignals }): Overview {
  const sort = remembered<SortOrder>(SORT_KEY, ['state', 'name']);
  const view = remembered<ViewMode>(VIEW_KEY, ['cards', 'list']);
  const sortOrder = computed<SortOrder>(() => sort.choice.value ?? 'state');
  const nameFilter = signal('');
  const printerEntries = computed<PrinterEntry[]>(() =>
    connections.list.value.map((connection) => {
      const status = statuses.statusOf(connection.id).value;
      return { id: connection.id, name: displayName(connection, status?.info), status: status?.kind ?? null, printer: printerOf(status) ?? undefined };
    }),
  );
  return {
    sortChoice: sort.choice,
    viewChoice: view.choice,
    sortOrder,
    viewMode: computed<ViewMode>(() => view.choice.value ?? (connections.list.value.length >= LIST_VIEW_FROM ? 'list' : 'cards')),
    nameFilter,
    printerEntries,
    summary: computed(() => summaryLine(printerEntries.value)),
    sortedIds: computed(() => {
      const wanted = nameFilter.value.trim().toLocaleLowerCase();
      const entries = wanted ? printerEntries.value.filter((entry) => entry.name.toLocaleLowerCase().includes(wanted)) : printerEntries.value;
      return sortEntries(entries, sortOrder.value).map((entry) => entry.id);
    }),
    dispose() {
      sort.stop();
      view.stop();
    },
  };
}
