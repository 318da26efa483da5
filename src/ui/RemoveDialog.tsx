import { displayName, type Connection } from '../model';
import { ConfirmDialog } from './ConfirmDialog';
import { createRemoval } from '../state/removal';
import { usePart } from './use-dashboard';

interface Props {
  connection: Connection;
  /** The printer's page on OctoEverywhere, where its access can be revoked. */
  accessUrl: string | null;
  onClose: () => void;
}

/** Removal asks first, and says plainly what it does and what it does not. */
export function RemoveDialog({ connection, accessUrl, onClose }: Props) {
  const removal = usePart(createRemoval);
  const name = displayName(connection);
  return (
    <ConfirmDialog title={`Remove ${name}?`} keep="Keep it" confirm="Remove" onConfirm={() => void removal.removePrinter(connection, accessUrl)} onClose={onClose}>
      <p>
        This deletes the connection’s credentials from this browser. They cannot be recovered: OctoEverywhere hands them
        over only once. To use this printer here again you will have to connect it again through OctoEverywhere.
      </p>
      <p>This dashboard’s access stays granted on OctoEverywhere until you revoke it there.</p>
      <p class="muted">Tip: export a backup first if you may want them back.</p>
    </ConfirmDialog>
  );
}
