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

/** Asks before a command that cannot be taken back (Cancel) or moves the printer (Home). */
export function ConfirmControl({ title, keep, confirm, onConfirm, onClose, children }: Props) {
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
