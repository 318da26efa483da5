import { Component } from 'preact';
import { displayName, type Connection } from '../model';
import { ConnectionCard } from './ConnectionCard';
import { lazy } from './lazy';

/** Needed only when a record cannot be shown. */
const DamagedCard = lazy(() => import('./occasional').then((m) => m.DamagedCard));

/**
 * Re-renders a card only when its stored connection changed: the list re-renders for every new
 * slice and every reload, which would otherwise redraw every card each time. A card's status
 * updates reach it through its own signal, whatever this says.
 *
 * It is also the card's error boundary: a card that throws while rendering (a record the schema
 * let through but the view cannot show) becomes a damaged-record card, and every other card stays.
 */
export class CardSlot extends Component<{ connection: Connection }, { failed: boolean }> {
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
