import { useEffect, useState } from 'preact/hooks';
import type { Connection } from '../model';
import { createOverview, type ViewMode } from '../state/overview';
import type { SortOrder } from '../printer/summary';
import { CardSlot } from './CardSlot';
import { CompactList } from './CompactList';
import { useDashboard } from './use-dashboard';

/** With more printers than this, "Find a printer" stands above the list (find-in-page cannot see rows not drawn). */
const FIND_FROM = 6;
/** More cards than any screen shows at once: they render in the first pass. */
const FIRST_SCREEN = 40;
/** The rest follow in slices between frames, so no long task holds up input. */
const SLICE = 120;

/**
 * Every readable printer: the summary line, the order and view the user chose, then a card each
 * (or a row each in the compact list). Loaded beside the stored list, apart from the first screen's code.
 */
export function PrinterList() {
  const dashboard = useDashboard();
  const { nameFilter, sortChoice, sortedIds, sortOrder, summary, viewChoice, viewMode } = dashboard.part(createOverview);
  const byId = new Map(dashboard.connections.list.value.map((c) => [c.id, c]));
  const ordered = sortedIds.value.map((id) => byId.get(id)).filter((c): c is Connection => c !== undefined);
  const filtering = nameFilter.value.trim() !== '';
  return (
    <>
      <div class="list-toolbar">
        <p class="summary" aria-live="polite">
          {summary.value}
        </p>
        {(byId.size > FIND_FROM || filtering) && (
          <input
            type="search"
            class="find"
            aria-label="Find a printer"
            placeholder="Find a printer"
            value={nameFilter.value}
            onInput={(event) => (nameFilter.value = (event.currentTarget as HTMLInputElement).value)}
          />
        )}
        <label>
          Sort{' '}
          <select value={sortOrder.value} onChange={(event) => (sortChoice.value = (event.currentTarget as HTMLSelectElement).value as SortOrder)}>
            <option value="state">Attention first</option>
            <option value="name">By name</option>
          </select>
        </label>
        <div class="view-switch" role="group" aria-label="View">
          {(['cards', 'list'] as ViewMode[]).map((mode) => (
            <button key={mode} type="button" aria-pressed={viewMode.value === mode} onClick={() => (viewChoice.value = mode)}>
              {mode === 'cards' ? 'Cards' : 'List'}
            </button>
          ))}
        </div>
      </div>
      {filtering && ordered.length === 0 && <p class="muted">No printer’s name contains “{nameFilter.value.trim()}”.</p>}
      {viewMode.value === 'list' ? <CompactList connections={ordered} /> : <Cards connections={ordered} />}
    </>
  );
}

function Cards({ connections: list }: { connections: readonly Connection[] }) {
  const [shown, setShown] = useState(FIRST_SCREEN);
  useEffect(() => {
    if (shown >= list.length) return;
    const timer = setTimeout(() => setShown((n) => n + SLICE), 0);
    return () => clearTimeout(timer);
  }, [shown, list.length]);
  return (
    <ul class="cards" role="list">
      {list.slice(0, shown).map((connection) => (
        <li key={connection.id}>
          <CardSlot connection={connection} />
        </li>
      ))}
    </ul>
  );
}
