import { connections, connectionsLoaded, unreadableCount } from '../state';
import { ConnectionCard } from './ConnectionCard';

export function ConnectionList() {
  const list = connections.value;
  if (!connectionsLoaded.value) return <p class="muted">Loading your printers…</p>;
  return (
    <section aria-labelledby="printers-heading">
      <h2 id="printers-heading" class="section-title">
        Your printers <span class="count">({list.length})</span>
      </h2>
      {unreadableCount.value > 0 && (
        <p class="banner warning" role="alert">
          {unreadableCount.value} stored connection(s) could not be read. They are kept; a newer version of the dashboard may read them.
        </p>
      )}
      {list.length === 0 ? (
        <p class="empty">No printers yet. Use “Connect a printer” to add one through OctoEverywhere.</p>
      ) : (
        <ul class="cards" role="list">
          {list.map((connection) => (
            <li key={connection.id}>
              <ConnectionCard connection={connection} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
