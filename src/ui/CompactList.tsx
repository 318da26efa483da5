import { useRef } from 'preact/hooks';
import { displayName, type Connection } from '../model';
import { printerOf } from '../status/connection-status';
import { isPrintActive } from '../printer/model';
import { timeLeftWords } from '../printer/time-words';
import { progressWords } from '../printer/words';
import { createOverview } from '../state/overview';
import { StatusBadge } from './StatusLine';
import { useWindowRange } from './window-range';
import { useDashboard } from './use-dashboard';

/** Every row has this height (the stylesheet holds it to it), so the rows on screen follow from the scroll. */
const ROW_PX = 44;

/**
 * Many printers at a glance: one row each, with its name, state, progress and time left. Only the
 * rows on screen (and a few beyond) are in the DOM, so 500 printers cost about what 30 do; the
 * table still tells assistive technology how many rows there are, and "Find a printer" above it
 * finds any of them.
 */
export function CompactList({ connections }: { connections: readonly Connection[] }) {
  const body = useRef<HTMLTableSectionElement>(null);
  const { start, end } = useWindowRange(body, connections.length, ROW_PX);
  return (
    <table class="compact" aria-rowcount={connections.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Printer</th>
          <th scope="col" class="col-state">
            State
          </th>
          <th scope="col" class="col-progress">
            Progress
          </th>
          <th scope="col" class="col-time">
            Time left
          </th>
        </tr>
      </thead>
      <tbody ref={body}>
        {start > 0 && <Spacer rows={start} />}
        {connections.slice(start, end).map((connection, i) => (
          <CompactRow key={connection.id} connection={connection} index={start + i + 2} />
        ))}
        {end < connections.length && <Spacer rows={connections.length - end} />}
      </tbody>
    </table>
  );
}

/** Holds the place of rows that are not drawn, so the page scrolls as if they were. */
function Spacer({ rows }: { rows: number }) {
  return (
    <tr class="spacer" aria-hidden="true" style={{ height: `${rows * ROW_PX}px` }}>
      <td colSpan={4} />
    </tr>
  );
}

function CompactRow({ connection, index }: { connection: Connection; index: number }) {
  const dashboard = useDashboard();
  const status = dashboard.statuses.statusOf(connection.id).value;
  const printer = printerOf(status);
  const active = printer !== null && isPrintActive(printer.state);
  const name = displayName(connection, status?.info);
  return (
    <tr aria-rowindex={index}>
      <th scope="row" class="compact-name" title={name}>
        {/* The card, with its details and actions: the list then shows this printer's card. */}
        <button
          type="button"
          class="link"
          onClick={() => {
            const { nameFilter, viewChoice } = dashboard.part(createOverview);
            nameFilter.value = name;
            viewChoice.value = 'cards';
          }}
        >
          {name}
        </button>
      </th>
      <td class="col-state">
        <StatusBadge status={status} />
      </td>
      <td class="col-progress">{active && printer.progress !== undefined ? progressWords(printer.progress) : ''}</td>
      <td class="col-time">{active ? (timeLeftWords(printer.timeLeftSec) ?? '') : ''}</td>
    </tr>
  );
}
