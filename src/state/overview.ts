import { computed, effect, signal, type Signal } from '@preact/signals';
import { displayName } from '../model';
import { sortEntries, summaryLine, type PrinterEntry, type SortOrder } from '../printer/summary';
import { printerOf } from '../status/connection-status';
import { connections } from './connections';
import { statusOf } from './status-signals';

/**
 * The whole list at a glance: one entry per connection (its status kind and printer model), the
 * summary line above the list, and the order and view the user chose (remembered in this browser).
 * Read by the printer views only, so it loads with them.
 */
export type ViewMode = 'cards' | 'list';

const SORT_KEY = 'printer-dashboard:sort';
const VIEW_KEY = 'printer-dashboard:view';

/**
 * A choice kept in localStorage (null until the user makes one); storage that refuses (private
 * mode, quota) only loses the memory.
 */
function remembered<T extends string>(key: string, allowed: readonly T[]): Signal<T | null> {
  let initial: T | null = null;
  try {
    const stored = localStorage.getItem(key);
    if (stored && (allowed as readonly string[]).includes(stored)) initial = stored as T;
  } catch {
    // No storage: no remembered choice.
  }
  const value = signal<T | null>(initial);
  effect(() => {
    const chosen = value.value;
    try {
      if (chosen !== null) localStorage.setItem(key, chosen);
    } catch {
      // Not remembered across visits; the choice still holds for this one.
    }
  });
  return value;
}

/** Beyond this many printers the compact list is the default view: one row each, drawn as scrolled to. */
export const LIST_VIEW_FROM = 25;

export const sortChoice = remembered<SortOrder>(SORT_KEY, ['state', 'name']);
export const viewChoice = remembered<ViewMode>(VIEW_KEY, ['cards', 'list']);
export const sortOrder = computed<SortOrder>(() => sortChoice.value ?? 'state');
export const viewMode = computed<ViewMode>(() => viewChoice.value ?? (connections.value.length >= LIST_VIEW_FROM ? 'list' : 'cards'));
/** "Find a printer": only names containing this (any case) are shown. */
export const nameFilter = signal('');

/** Every connection with what its last check said; recomputed when any of them changes. */
export const printerEntries = computed<PrinterEntry[]>(() =>
  connections.value.map((connection) => {
    const status = statusOf(connection.id).value;
    return { id: connection.id, name: displayName(connection, status?.info), status: status?.kind ?? null, printer: printerOf(status) ?? undefined };
  }),
);

export const summary = computed(() => summaryLine(printerEntries.value));

/** The connections' ids in the chosen order, those whose name matches "Find a printer". */
export const sortedIds = computed(() => {
  const wanted = nameFilter.value.trim().toLocaleLowerCase();
  const entries = wanted ? printerEntries.value.filter((entry) => entry.name.toLocaleLowerCase().includes(wanted)) : printerEntries.value;
  return sortEntries(entries, sortOrder.value).map((entry) => entry.id);
});
