import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { displayName, type Connection } from '../model';
import { connections, connectionsLoaded, unreadable } from '../state';
import { ConnectionCard } from './ConnectionCard';
import { lazy } from './lazy';

/** Needed only when a record cannot be shown. */
const DamagedCard = lazy(() => import('./occasional').then((m) => m.DamagedCard));
const LostKeyNotice = lazy(() => import('./occasional').then((m) => m.LostKeyNotice));

/** More cards than any screen shows at once: they render in the first pass. */
const FIRST_SCREEN = 40;
/** The rest follow in slices between frames, so no long task holds up input. */
const SLICE = 120;

export function ConnectionList() {
  const list = connections.value;
  const broken = unreadable.value;
  const lost = broken.filter((record) => record.problem === 'undecryptable').length;
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
        Your printers <span class="count">({list.length + broken.length})</span>
      </h2>
      {lost > 0 && <LostKeyNotice count={lost} />}
      {list.length + broken.length === 0 ? (
        <p class="empty">No printers yet. Use “Connect a printer” to add one through OctoEverywhere.</p>
      ) : (
        <ul class="cards" role="list">
          {list.slice(0, shown).map((connection) => (
            <li key={connection.id}>
              <CardSlot connection={connection} />
            </li>
          ))}
          {broken.map((record) => (
            <li key={`unreadable:${record.id}`}>
              <DamagedCard {...record} />
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
 *
 * It is also the card's error boundary: a card that throws while rendering (a record the schema
 * let through but the view cannot show) becomes a damaged-record card, and every other card stays.
 */
class CardSlot extends Component<{ connection: Connection }, { failed: boolean }> {
  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    // Nothing is logged: the error may quote the record. The card itself says what happened.
    this.setState({ failed: true });
  }

  override shouldComponentUpdate(next: { connection: Connection }, nextState: { failed: boolean }): boolean {
    const a = this.props.connection;
    const b = next.connection;
    return nextState.failed !== this.state.failed || a.id !== b.id || a.updatedAt !== b.updatedAt || a.label !== b.label || a.printerName !== b.printerName;
  }

  override componentDidUpdate(previous: { connection: Connection }): void {
    // A replaced record (an import, a reconnect) gets a fresh try.
    if (this.state.failed && previous.connection !== this.props.connection) this.setState({ failed: false });
  }

  override render() {
    const { connection } = this.props;
    if (this.state.failed) return <DamagedCard id={connection.id} name={displayName(connection)} problem="damaged" entry={connection} />;
    return <ConnectionCard connection={connection} />;
  }
}
