import { createRemoval } from '../state/removal';
import { usePart } from './use-dashboard';

/** Confirms a removal, and says what removing here does not do: revoke access on OctoEverywhere. */
export function RemovedNotice() {
  const removal = usePart(createRemoval);
  const notice = removal.notice.value;
  if (!notice) return null;
  return (
    <div class="banner" role="status">
      <p>
        Removed {notice.name} from this dashboard. Its access stays granted on OctoEverywhere until you revoke it there
        {notice.accessUrl ? (
          <>
            {': '}
            <a href={notice.accessUrl} target="_blank" rel="noopener noreferrer">
              open {notice.name} on OctoEverywhere
            </a>
            .
          </>
        ) : (
          '.'
        )}
      </p>
      <button type="button" class="link" onClick={() => removal.dismiss()}>
        Dismiss
      </button>
    </div>
  );
}
