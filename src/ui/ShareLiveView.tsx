import { useState } from 'preact/hooks';
import type { Connection } from '../model';
import { isPrintActive, type PrinterModel } from '../printer/model';
import { LiveLinkDialog } from './LiveLinkDialog';
import { LiveLinkList } from './LiveLinkList';

interface Props {
  connection: Connection;
  name: string;
  printer: PrinterModel | null;
}

/** "Share live view…" in an online card's actions, and the dialog it opens. */
export function ShareLiveView({ connection, name, printer }: Props) {
  const printing = printer !== null && isPrintActive(printer.state);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-label={`Share live view of ${name}…`} onClick={() => setOpen(true)}>
        Share live view…
      </button>
      {open && <LiveLinkDialog connection={connection} name={name} printing={printing} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The links this browser made for a printer, in its Details. */
export function LiveLinksDetails({ connectionId }: { connectionId: string }) {
  return <LiveLinkList connectionId={connectionId} />;
}
