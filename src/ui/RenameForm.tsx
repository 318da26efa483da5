import { useState } from 'preact/hooks';
import type { Connection } from '../model';
import { useDashboard } from './use-dashboard';

/** A local name for the printer; empty goes back to its OctoEverywhere name. Escape cancels. */
export function RenameForm({ connection, onDone }: { connection: Connection; onDone: () => void }) {
  const { connections } = useDashboard();
  const [value, setValue] = useState(connection.label ?? connection.printerName);
  const inputId = `rename-${connection.id}`;
  return (
    <form
      class="rename"
      onSubmit={(event) => {
        event.preventDefault();
        const label = value.trim() === connection.printerName ? '' : value;
        void connections.rename(connection.id, label).then(onDone);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label for={inputId}>Name on this dashboard</label>
      <input id={inputId} value={value} maxLength={100} autoFocus onInput={(event) => setValue(event.currentTarget.value)} />
      <button type="submit">Save</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
