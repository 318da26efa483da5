import { useState } from 'preact/hooks';
import type { Connection } from '../model';
import type { Webcams } from '../printer/model';
import { streamLimitSeconds } from '../state/live-view';
import { rememberedWebcam, rememberWebcam } from '../state/webcam-choice';
import { chooseWebcam } from '../webcam/transform';
import { LiveViewDialog } from './LiveViewDialog';
import { SnapshotPicture } from './SnapshotPicture';
import './webcam.css';

interface Props {
  connection: Connection;
  name: string;
  webcams: Webcams;
  /** The account's MaxSingleWebcamStreamLengthSeconds, when the info API said it. */
  maxStreamSeconds: number | null;
}

const camName = (cam: { index: number; name?: string | undefined }) => cam.name || `Webcam ${cam.index + 1}`;

/**
 * A card's webcam: its latest snapshot, a picker when the printer has several enabled webcams
 * (the choice remembered in this browser), and Live view in a dialog.
 */
export function Webcam({ connection, name, webcams, maxStreamSeconds }: Props) {
  const [remembered, setRemembered] = useState(() => rememberedWebcam(connection.id));
  const [live, setLive] = useState(false);
  const { shown, selected } = chooseWebcam(webcams, remembered);
  if (!selected) return null;
  const pickerId = `webcam-pick-${connection.id}`;
  return (
    <div class="webcam">
      {/* A new webcam, or new credentials after a reconnect: a new feed (the old one revokes its picture). */}
      <SnapshotPicture key={`${selected.index}:${connection.updatedAt}`} connection={connection} name={name} settings={selected} />
      <div class="webcam-bar">
        {shown.length > 1 && (
          <span class="webcam-pick">
            <label for={pickerId}>Webcam</label>{' '}
            <select
              id={pickerId}
              value={String(selected.index)}
              onChange={(event) => {
                const index = Number((event.currentTarget as HTMLSelectElement).value);
                rememberWebcam(connection.id, index);
                setRemembered(index);
              }}
            >
              {shown.map((cam) => (
                <option key={cam.index} value={String(cam.index)}>
                  {camName(cam)}
                </option>
              ))}
            </select>
          </span>
        )}
        <button type="button" aria-haspopup="dialog" aria-label={`Live view of ${name}`} onClick={() => setLive(true)}>
          Live view
        </button>
      </div>
      {live && (
        <LiveViewDialog
          connection={connection}
          name={shown.length > 1 ? `${name}, ${camName(selected)}` : name}
          settings={selected}
          limitSec={streamLimitSeconds(maxStreamSeconds)}
          onClose={() => setLive(false)}
        />
      )}
    </div>
  );
}
