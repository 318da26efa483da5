import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Connection } from '../model';
import { connections, connectionsLoaded, unreadableCount } from '../state';
import { ConnectionCard } from './ConnectionCard';

/** More cards than any screen shows at once: they render in the first pass. */
const FIRST_SCREEN = 40;
/** The rest follow in slices between frames, so no long task holds up input. */
const SLICE = 120;

export function ConnectionList() {
  const list = connections.value;
  const [shown, setShown] = useState(FIRST_SCREEN);
  useEffect(() => {
    if (shown >= list.length) return;
    const timer = setTimeout(() => setShown((n) => n + SLICE), 0);
    return () => clearTimeout(timer);
  }, [shown, list.length]);
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
          {list.slice(0, shown).map((connection) => (
            <li key={connection.id}>
              <CardSlot connection={connection} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Re-renders a card only when its stored connection changed: the list re-renders for every new
 * slice and every reload, which would otherwise redraw every card each time. A card's status
 * updates reach it through its own signal, whatever this says.
 */
class CardSlot extends Component<{ connection: Connection }> {
  override shouldComponentUpdate(next: { connection: Connection }): boolean {
    const a = this.props.connection;
    const b = next.connection;
    return a.id !== b.id || a.updatedAt !== b.updatedAt || a.label !== b.label || a.printerName !== b.printerName;
  }

  override render() {
    return <ConnectionCard connection={this.props.connection} />;
  }
}
