import type { ComponentChildren } from 'preact';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  /** The safe choice: focus starts on it, and Escape takes it. */
  keep: string;
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * Asks before what cannot be taken back (Remove, Cancel print) or moves the printer (Home): the
 * safe choice first and focused, the other in red.
 */
export function ConfirmDialog({ title, keep, confirm, onConfirm, onClose, children }: Props) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <div class="dialog-actions">
        <button type="button" autofocus onClick={onClose}>
          {keep}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
