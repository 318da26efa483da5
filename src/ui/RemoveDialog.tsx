import { displayName, type Connection } from '../model';
import { removeConnection } from '../state';
import { Dialog } from './Dialog';

/** Removal asks first, and says plainly that the credentials are gone for good. */
export function RemoveDialog({ connection, onClose }: { connection: Connection; onClose: () => void }) {
  const name = displayName(connection);
  return (
    <Dialog title={`Remove ${name}?`} onClose={onClose}>
      <p>
        This deletes the connection’s credentials from this browser. They cannot be recovered: OctoEverywhere hands them
        over only once. To use this printer here again you will have to connect it again through OctoEverywhere.
      </p>
      <p class="muted">Tip: export a backup first if you may want them back.</p>
      <div class="dialog-actions">
        <button type="button" autofocus onClick={onClose}>
          Keep it
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            void removeConnection(connection.id);
            onClose();
          }}
        >
          Remove
        </button>
      </div>
    </Dialog>
  );
}
