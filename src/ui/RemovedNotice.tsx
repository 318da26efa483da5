import { dismissRemovedNotice, removedNotice } from '../state';

/** Confirms a removal, and says what removing here does not do: revoke access on OctoEverywhere. */
export function RemovedNotice() {
  const notice = removedNotice.value;
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
      <button type="button" class="link" onClick={() => dismissRemovedNotice()}>
        Dismiss
      </button>
    </div>
  );
}
