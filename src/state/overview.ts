import { computed, effect, signal, type Signal } from '@preact/signals';
import { sortEntries, summaryLine, type PrinterEntry, type SortOrder } from '../printer/summary';
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

/** A signal kept in localStorage; storage that refuses (private mode, quota) only loses the memory. */
function remembered<T extends string>(key: string, allowed: readonly T[], fallback: T): Signal<T> {
  let initial = fallback;
  try {
    const stored = localStorage.getItem(key);
    if (stored && (allowed as readonly string[]).includes(stored)) initial = stored as T;
  } catch {
    // No storage: the default it is.
  }
  const value = signal<T>(initial);
  effect(() => {
    try {
      localStorage.setItem(key, value.value);
    } catch {
      // Not remembered across visits; the choice still holds for this one.
    }
  });
  return value;
}

export const sortOrder = remembered<SortOrder>(SORT_KEY, ['state', 'name'], 'state');
export const viewMode = remembered<ViewMode>(VIEW_KEY, ['cards', 'list'], 'cards');

/** Every connection with what its last check said; recomputed when any of them changes. */
export const printerEntries = computed<PrinterEntry[]>(() =>
  connections.value.map((connection) => {
    const status = statusOf(connection.id).value;
    const name = connection.label || status?.info?.printerName || connection.printerName;
    return { id: connection.id, name, status: status?.kind ?? null, printer: status?.kind === 'online' ? (status.printer ?? undefined) : undefined };
  }),
);

export const summary = computed(() => summaryLine(printerEntries.value));

/** The connections' ids in the chosen order. */
export const sortedIds = computed(() => sortEntries(printerEntries.value, sortOrder.value).map((entry) => entry.id));
