import type { Connection } from '../model';
import { isPrintActive } from '../printer/model';
import { timeLeftWords } from '../printer/time-words';
import { progressWords } from '../printer/words';
import { statusOf } from '../state';
import { StatusBadge } from './StatusLine';

/** Many printers at a glance: one row each, with its name, state, progress and time left. */
export function CompactList({ connections }: { connections: readonly Connection[] }) {
  return (
    <table class="compact">
      <thead>
        <tr>
          <th scope="col">Printer</th>
          <th scope="col">State</th>
          <th scope="col">Progress</th>
          <th scope="col">Time left</th>
        </tr>
      </thead>
      <tbody>
        {connections.map((connection) => (
          <CompactRow key={connection.id} connection={connection} />
        ))}
      </tbody>
    </table>
  );
}

function CompactRow({ connection }: { connection: Connection }) {
  const status = statusOf(connection.id).value;
  const printer = status?.kind === 'online' ? status.printer : null;
  const active = printer !== null && isPrintActive(printer.state);
  const name = connection.label || status?.info?.printerName || connection.printerName;
  return (
    <tr>
      <th scope="row" class="compact-name" title={name}>
        {name}
      </th>
      <td>
        <StatusBadge status={status} />
      </td>
      <td>{active && printer.progress !== undefined ? progressWords(printer.progress) : ''}</td>
      <td>{active ? (timeLeftWords(printer.timeLeftSec) ?? '') : ''}</td>
    </tr>
  );
}
